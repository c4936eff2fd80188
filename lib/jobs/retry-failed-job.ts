import PgBoss from "pg-boss";
import { z } from "zod";
import type { Db } from "@/db";
import { conflict, notFound, type AdminResult } from "@/lib/admin/admin-result";
import { recordAudit } from "@/lib/audit/record-audit";
import type { SessionUser } from "@/lib/auth/load-session-user";
import { assertAdmin } from "@/lib/auth/policy";
import { JOBS_CHANNEL } from "./enqueue-job";
import { isJobKind } from "./job-kinds";
import { findJob } from "./job-status";
import { drizzleExecutor } from "./sql-executor";

export const retryJobSchema = z.object({ kind: z.string().refine(isJobKind, "Unknown job kind"), jobId: z.uuid() });

let statements: PgBoss | undefined;

/**
 * Gives a dead-lettered job one more attempt (pg-boss `retry`: back to `retry`, limit +1),
 * with its audit entry in the same transaction. A job that is no longer failed — another
 * admin was quicker — is left alone.
 */
export async function retryFailedJob(db: Db, input: { actor: SessionUser | null; kind: string; jobId: string }): Promise<AdminResult> {
  assertAdmin(input.actor);
  const actor = input.actor;
  statements ??= new PgBoss({ db: { executeSql: () => Promise.reject(new Error("needs an executor")) } });
  const boss = statements;
  return db.transaction(async (tx) => {
    const job = await findJob(tx, { kind: input.kind, id: input.jobId });
    if (!job) return notFound("Job");
    if (job.state !== "failed") return conflict("This job is not in the failed state any more.");
    const executor = drizzleExecutor(tx);
    await boss.retry(input.kind, input.jobId, { db: executor });
    await recordAudit(tx, {
      actorId: actor.id,
      action: "job.retry",
      targetType: "job",
      targetId: input.jobId,
      before: { kind: input.kind, state: "failed", attempts: job.retryCount + 1, error: (job.output as { message?: string } | null)?.message ?? null },
      after: { state: "retry" },
    });
    await executor.executeSql("select pg_notify($1, $2)", [JOBS_CHANNEL, input.kind]);
    return { ok: true } as const;
  });
}
