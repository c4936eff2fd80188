import type { Db } from "@/db";
import { auditLog } from "@/db/schema";

/** A database handle or an open transaction: audit entries are written in the same transaction as the change. */
export type DbOrTx = Db | Parameters<Parameters<Db["transaction"]>[0]>[0];

export type AuditEntry = {
  actorId: string | null;
  /** dotted verb, e.g. "course.approve", "credential.revoke", "settings.update" */
  action: string;
  targetType: string;
  targetId: string;
  before?: unknown;
  after?: unknown;
  reason?: string | null;
};

// The audit log is append-only from the app: there is no update or delete path.
// Call this inside the transaction that makes the change, so a change is never
// recorded without happening, nor happens without being recorded.
export async function recordAudit(db: DbOrTx, entry: AuditEntry): Promise<void> {
  await db.insert(auditLog).values({
    actorId: entry.actorId,
    action: entry.action,
    targetType: entry.targetType,
    targetId: entry.targetId,
    before: entry.before ?? null,
    after: entry.after ?? null,
    reason: entry.reason ?? null,
  });
}
