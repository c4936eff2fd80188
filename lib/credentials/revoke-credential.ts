import { and, eq, isNull } from "drizzle-orm";
import type { Db } from "@/db";
import { credentials } from "@/db/schema";
import { recordAudit, type DbOrTx } from "@/lib/audit/record-audit";
import { env } from "@/lib/config/env";
import { signStatusList } from "./status-list";

export type RevokeInput = { credentialId: string; actorId: string | null; reason: string; appUrl?: string };

/**
 * Revokes a credential: sets its revocation fields, re-signs its status list with the
 * bit set, and writes the audit entry, all in the caller's transaction (or a new one).
 * Revoking twice is a no-op that returns false. Authorization is the caller's job
 * (admin / provider actions check it; refunds revoke as the system).
 */
export async function revokeCredentialInTx(tx: DbOrTx, input: RevokeInput): Promise<boolean> {
  const appUrl = input.appUrl ?? env().APP_URL;
  const [row] = await tx
    .update(credentials)
    .set({ revokedAt: new Date(), revocationReason: input.reason, revokedBy: input.actorId })
    .where(and(eq(credentials.id, input.credentialId), isNull(credentials.revokedAt)))
    .returning({ id: credentials.id, statusListId: credentials.statusListId, statusIndex: credentials.statusIndex });
  if (!row) return false;
  await signStatusList(tx, row.statusListId, appUrl);
  await recordAudit(tx, {
    actorId: input.actorId,
    action: "credential.revoke",
    targetType: "credential",
    targetId: row.id,
    before: { revoked: false },
    after: { revoked: true, statusListId: row.statusListId, statusIndex: row.statusIndex },
    reason: input.reason,
  });
  return true;
}

export async function revokeCredential(db: Db, input: RevokeInput): Promise<boolean> {
  return db.transaction((tx) => revokeCredentialInTx(tx, input));
}

/** Revokes every live credential earned through an enrollment (refund, lost chargeback). */
export async function revokeCredentialsForEnrollment(tx: DbOrTx, input: { enrollmentId: string; reason: string; appUrl?: string }) {
  const live = await tx
    .select({ id: credentials.id })
    .from(credentials)
    .where(and(eq(credentials.enrollmentId, input.enrollmentId), isNull(credentials.revokedAt)));
  for (const c of live) await revokeCredentialInTx(tx, { credentialId: c.id, actorId: null, reason: input.reason, appUrl: input.appUrl });
  return live.length;
}
