import { noteDatabaseError } from "./lib/health/database-availability";

// Next.js calls register() once per server process before it serves requests.
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  if (process.env.NEXT_PHASE === "phase-production-build") return;
  const { env } = await import("./lib/config/env");
  env(); // fail fast with a clear message on bad configuration
  const { prepareDatabase } = await import("./db/bootstrap");
  await prepareDatabase();
  // Cache identity, and the job worker unless WORKERS=off (lib/jobs/start-app-services.ts).
  const [{ getDbHandle }, { startAppServices }] = await Promise.all([import("./db"), import("./lib/jobs/start-app-services")]);
  await startAppServices(await getDbHandle());
}

// Hardening (issue 15): a request that failed because the database is unreachable marks
// it down for a few seconds, so server.mjs answers 503 + Retry-After instead of 500.
// Synchronous on purpose: Next.js calls this before it writes the error page's status.
export function onRequestError(error: unknown) {
  noteDatabaseError(error);
}
