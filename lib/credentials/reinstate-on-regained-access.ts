// Issue 15 §5 (owned by the hardening branch; A's existing credential files are untouched).
import { and, eq, inArray, isNotNull, isNull, sql } from "drizzle-orm";
import { achievements, auditLog, credentials } from "@/db/schema";
import { recordAudit, type DbOrTx } from "@/lib/audit/record-audit";
import { env } from "@/lib/config/env";
import { signStatusList } from "./status-list";

/** The reasons payments revoke with (lib/payments/sync-purchased-access.ts); only these are undone. */
export const REFUND_REVOCATION_REASON = "The purchase was refunded.";
export const CHARGEBACK_REVOCATION_REASON = "The payment was reversed by a chargeback.";
const PAYMENT_REVOCATION_REASONS = [REFUND_REVOCATION_REASON, CHARGEBACK_REVOCATION_REASON];

/**
 * A learner who regains access to a completed course (bought again after a refund)
 * gets back the credential the refund took: its revocation is cleared, its status
 * list re-signed with the bit at 0, and the change audited, in the caller's
 * transaction. Only revocations the payment system made are undone: one by an admin
 * or the issuing provider (revoked_by set) stands.
 *
 * Reinstating (rather than issuing a new credential) keeps the one (learner,
 * achievement) credential the schema allows and the address the learner shared.
 * Returns the ids reinstated, so the caller can say so.
 */
export async function reinstateCredentialsForEnrollment(tx: DbOrTx, input: { enrollmentId: string; appUrl?: string }): Promise<string[]> {
  const rows = await tx
    .update(credentials)
    .set({ revokedAt: null, revocationReason: null, revokedBy: null })
    .where(
      and(
        eq(credentials.enrollmentId, input.enrollmentId),
        isNotNull(credentials.revokedAt),
        isNull(credentials.revokedBy),
        inArray(credentials.revocationReason, PAYMENT_REVOCATION_REASONS),
      ),
    )
    .returning({ id: credentials.id, statusListId: credentials.statusListId, statusIndex: credentials.statusIndex });
  const appUrl = input.appUrl ?? env().APP_URL;
  for (const listId of new Set(rows.map((r) => r.statusListId))) await signStatusList(tx, listId, appUrl);
  for (const row of rows) {
    await recordAudit(tx, {
      actorId: null,
      action: "credential.reinstate",
      targetType: "credential",
      targetId: row.id,
      before: { revoked: true },
      after: { revoked: false, statusListId: row.statusListId, statusIndex: row.statusIndex },
      reason: "The learner regained access to the completed course.",
    });
  }
  return rows.map((r) => r.id);
}

/**
 * The learner's live credential for a course, when it was reinstated after they regained
 * access: the checkout success page says so instead of leaving them to wonder.
 */
export async function findReinstatedCredential(db: DbOrTx, input: { userId: string; courseId: string }): Promise<string | null> {
  const [row] = await db
    .select({ id: credentials.id })
    .from(credentials)
    .innerJoin(achievements, eq(achievements.id, credentials.achievementId))
    .innerJoin(auditLog, and(eq(auditLog.targetType, "credential"), eq(auditLog.targetId, sql`${credentials.id}::text`), eq(auditLog.action, "credential.reinstate")))
    .where(and(eq(credentials.userId, input.userId), eq(achievements.courseId, input.courseId), isNull(credentials.revokedAt)))
    .limit(1);
  return row?.id ?? null;
}
