// npm run worker — the job worker as its own process, for web instances started with
// WORKERS=off. Runs until SIGTERM/SIGINT, then finishes the jobs in hand and exits.
import { openDb } from "@/db/client";
import { dbTargetFromEnv } from "@/db";
import { loadDatabaseIdentity } from "@/lib/cache/database-identity";
import { startJobWorker } from "@/lib/jobs/job-worker";

async function main() {
  // PGlite is one process: a second one on the same directory would corrupt it.
  if (!process.env.DATABASE_URL) throw new Error("npm run worker needs DATABASE_URL; the embedded database runs its worker inline (WORKERS=inline).");
  const handle = await openDb(dbTargetFromEnv());
  await handle.migrate();
  await loadDatabaseIdentity(handle.db); // cache invalidation jobs address the shared cache by it
  const worker = await startJobWorker(handle);
  console.info(`[worker] running jobs (${handle.driver})`);
  const stop = async (signal: string) => {
    await worker.stop();
    await handle.close();
    console.info(`[worker] drained and stopped (${signal})`);
    process.exit(0);
  };
  process.once("SIGTERM", () => void stop("SIGTERM"));
  process.once("SIGINT", () => void stop("SIGINT"));
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
