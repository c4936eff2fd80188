import PgBoss from "pg-boss";
import type { Db } from "@/db";
import { HANDLER_TIMEOUT_MS, jobKinds, jobPayloads, type JobKind } from "./job-kinds";
import { jobHandlers } from "./job-handlers";
import { drizzleExecutor } from "./sql-executor";

// Statements only (fetch, complete, fail), always run on the executor passed in.
let statements: PgBoss | undefined;
function jobStatements(): PgBoss {
  statements ??= new PgBoss({ db: { executeSql: () => Promise.reject(new Error("job statements need an executor")) } });
  return statements;
}

function withTimeout<T>(work: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`handler took longer than ${ms} ms`)), ms);
  });
  return Promise.race([work, timeout]).finally(() => clearTimeout(timer));
}

function errorOutput(error: unknown) {
  return { message: error instanceof Error ? error.message : String(error), name: error instanceof Error ? error.name : "Error" };
}

async function runJob(db: Db, kind: JobKind, job: PgBoss.Job<unknown>): Promise<boolean> {
  const executor = drizzleExecutor(db);
  try {
    const payload = jobPayloads[kind].parse(job.data);
    const handler = jobHandlers[kind] as (db: Db, payload: unknown) => Promise<void>;
    await withTimeout(handler(db, payload), HANDLER_TIMEOUT_MS);
  } catch (error) {
    console.error(`[jobs] ${kind} ${job.id} failed`, error);
    await jobStatements().fail(kind, job.id, errorOutput(error), { db: executor });
    return false;
  }
  await jobStatements().complete(kind, job.id, {}, { db: executor });
  return true;
}

/**
 * Takes the jobs that are due (FOR UPDATE SKIP LOCKED, so instances never take the
 * same one), runs their handlers and records the outcome. A failed job goes back to
 * `retry` with backoff, and after its last attempt to `failed`. Returns how many ran.
 */
export async function runDueJobs(db: Db, options: { kinds?: readonly JobKind[]; batchSize?: number } = {}): Promise<number> {
  const executor = drizzleExecutor(db);
  const batches = await Promise.all(
    (options.kinds ?? jobKinds).map(async (kind) => ({
      kind,
      jobs: await jobStatements().fetch<unknown>(kind, { batchSize: options.batchSize ?? 20, db: executor }),
    })),
  );
  const runs = batches.flatMap(({ kind, jobs }) => jobs.map((job) => runJob(db, kind, job)));
  await Promise.all(runs);
  return runs.length;
}

/** Runs due jobs until none are left: tests and scripts wait for the queue with it. */
export async function drainJobs(db: Db, options: { kinds?: readonly JobKind[] } = {}): Promise<number> {
  let total = 0;
  for (;;) {
    const ran = await runDueJobs(db, options);
    if (ran === 0) return total;
    total += ran;
  }
}
