import type { DbHandle } from "@/db/client";
import { loadDatabaseIdentity } from "@/lib/cache/database-identity";
import { forgetOtherDatabaseCache } from "@/lib/cache/forget-other-database-cache";
import { env } from "@/lib/config/env";
import { startJobWorker, type JobWorker } from "./job-worker";

const holder = globalThis as typeof globalThis & { __microcredJobWorker?: Promise<JobWorker> };

/**
 * Per server process, after migrations: publish the database identity for the cache
 * keys (and drop file-cache entries made on another database), then start the inline
 * job worker unless WORKERS=off. On SIGTERM/SIGINT the worker takes no new jobs and
 * finishes the ones in hand while the server finishes its requests.
 */
export async function startAppServices(handle: DbHandle): Promise<void> {
  const config = env();
  const identity = await loadDatabaseIdentity(handle.db);
  if (!config.REDIS_URL && (await forgetOtherDatabaseCache(identity))) {
    console.info("[cache] the database changed since the cache was written: cached pages and data dropped");
  }
  if (config.WORKERS === "off" || holder.__microcredJobWorker) return;
  holder.__microcredJobWorker = startJobWorker(handle);
  const worker = await holder.__microcredJobWorker;
  let drained: Promise<void> | undefined;
  const drain = () => (drained ??= worker.stop().then(() => console.info("[jobs] worker drained")));
  // server.mjs awaits this before it exits; under plain `next start`, the signal starts it.
  (globalThis as Record<symbol, unknown>)[Symbol.for("microcred.drainJobs")] = drain;
  process.once("SIGTERM", () => void drain());
  process.once("SIGINT", () => void drain());
}
