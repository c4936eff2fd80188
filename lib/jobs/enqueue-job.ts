import PgBoss from "pg-boss";
import type { Db } from "@/db";
import { jobPayloads, type JobKind, type JobPayload } from "./job-kinds";
import { drizzleExecutor } from "./sql-executor";

export const JOBS_CHANNEL = "microcred_jobs";

export type EnqueueOptions = {
  /** Seconds to wait before the first attempt. */
  startAfterSeconds?: number;
};

// Only builds SQL: every statement runs on the executor handed to send(), never on
// a pool of its own, so this instance needs no connection and is never started.
let sender: PgBoss | undefined;
function jobSender(): PgBoss {
  sender ??= new PgBoss({ db: { executeSql: () => Promise.reject(new Error("the job sender has no connection of its own")) } });
  return sender;
}

/**
 * Records a job in the caller's transaction (transactional outbox): it exists exactly
 * when the change that caused it commits. `tx` may also be a plain handle for work with
 * no cause to commit with. The NOTIFY is delivered at commit and wakes idle workers on
 * every instance; polling is only the backstop.
 */
export async function enqueueJob<K extends JobKind>(tx: Db, kind: K, payload: JobPayload<K>, options: EnqueueOptions = {}): Promise<string> {
  const data = jobPayloads[kind].parse(payload);
  const id = await jobSender().send(kind, data as object, {
    db: drizzleExecutor(tx),
    ...(options.startAfterSeconds ? { startAfter: options.startAfterSeconds } : {}),
  });
  // pg-boss answers null (rather than failing) when the queue does not exist.
  if (!id) throw new Error(`Job queue "${kind}" does not exist; run the migrations.`);
  await drizzleExecutor(tx).executeSql("select pg_notify($1, $2)", [JOBS_CHANNEL, kind]);
  return id;
}
