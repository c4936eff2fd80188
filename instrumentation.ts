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
