import PgBoss from "pg-boss";
import type { DbHandle } from "@/db/client";
import { JOBS_CHANNEL } from "./enqueue-job";
import { jobKinds, queueOptions } from "./job-kinds";
import { runDueJobs } from "./run-jobs";
import { pgliteExecutor, postgresExecutor } from "./sql-executor";

export type JobWorker = { stop: (timeoutMs?: number) => Promise<void>; wake: () => void };

type Listenable = { listen: (channel: string, onNotify: () => void) => Promise<unknown> };
type PgliteClient = Parameters<typeof pgliteExecutor>[0] & Listenable & { unlisten?: (channel: string) => Promise<void> };
type PostgresClient = { listen: (channel: string, onNotify: () => void) => Promise<{ unlisten: () => Promise<void> }> };

// pg-boss's own maintenance (expiring jobs whose worker died, archiving, its schema),
// on the handle's own connection: the app's postgres.js pool, or PGlite in-process.
function maintenanceBoss(handle: DbHandle): PgBoss {
  const common = { schema: "pgboss", migrate: true, supervise: true, schedule: false, maintenanceIntervalSeconds: 10 } as const;
  if (handle.driver === "postgres") return new PgBoss({ ...common, db: postgresExecutor(clientOf<Parameters<typeof postgresExecutor>[0]>(handle)) });
  return new PgBoss({ ...common, db: pgliteExecutor(clientOf<PgliteClient>(handle)) });
}

function clientOf<T>(handle: DbHandle): T {
  return (handle.db as unknown as { $client: T }).$client;
}

/**
 * Runs queued jobs until stopped. Wakes on NOTIFY (delivered when an enqueueing
 * transaction commits, on any instance) and polls every `pollMs` as a backstop, e.g.
 * for retries whose backoff has passed. `stop` lets the jobs in hand finish (graceful
 * shutdown drains the worker); anything cut off is retried by another worker.
 */
export async function startJobWorker(handle: DbHandle, options: { pollMs?: number; batchSize?: number } = {}): Promise<JobWorker> {
  const pollMs = options.pollMs ?? 1_000;
  const boss = maintenanceBoss(handle);
  boss.on("error", (error: unknown) => console.error("[jobs] maintenance", error instanceof Error ? error.message : error));
  await boss.start();
  for (const kind of jobKinds) {
    await boss.createQueue(kind, { name: kind, ...queueOptions });
    await boss.updateQueue(kind, { name: kind, ...queueOptions });
  }

  let stopping = false;
  let wakeUp: (() => void) | null = null;
  const wake = () => wakeUp?.();
  const unlisten = await listenForJobs(handle, wake);

  let lastError = 0;
  const loop = (async () => {
    while (!stopping) {
      let ran = 0;
      try {
        ran = await runDueJobs(handle.db, { batchSize: options.batchSize });
      } catch (error) {
        // The database is away (restart, failover): say so once in a while, keep trying.
        if (Date.now() - lastError > 10_000) console.error("[jobs] cannot reach the queue", error instanceof Error ? error.message : error);
        lastError = Date.now();
      }
      if (ran > 0 || stopping) continue;
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, pollMs);
        wakeUp = () => {
          clearTimeout(timer);
          resolve();
        };
      });
      wakeUp = null;
    }
  })();

  return {
    wake,
    async stop(timeoutMs = 20_000) {
      stopping = true;
      wake();
      await Promise.race([loop, new Promise((resolve) => setTimeout(resolve, timeoutMs))]);
      await unlisten().catch(() => {});
      await boss.stop({ graceful: false, close: true, wait: true });
    },
  };
}

async function listenForJobs(handle: DbHandle, onNotify: () => void): Promise<() => Promise<void>> {
  if (handle.driver === "postgres") {
    const { unlisten } = await clientOf<PostgresClient>(handle).listen(JOBS_CHANNEL, onNotify);
    return unlisten;
  }
  const client = clientOf<PgliteClient>(handle);
  await client.listen(JOBS_CHANNEL, onNotify);
  return async () => client.unlisten?.(JOBS_CHANNEL);
}
