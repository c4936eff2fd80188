// npm run test:scale — issue 17 §5: two instances of one build on one PostgreSQL (with a
// hot standby for catalog reads), Redis, haproxy round robin; every claim checked through
// the balancer. Needs the local PostgreSQL (DATABASE_URL's server, else 127.0.0.1:5432),
// haproxy and Chromium; starts Redis if it is absent. Reuses the existing .next build.
import { checks } from "./scale/checks";
import { startScaleEnvironment } from "./scale/environment";

async function main() {
  const started = Date.now();
  const env = await startScaleEnvironment({ replica: true, extraEnv: { PUBLIC_API_RATE_LIMIT: "40" } });
  console.info(`[scale] ready in ${Math.round((Date.now() - started) / 1000)} s: balancer ${env.balancer}, instances ${env.instances.map((i) => i.url).join(", ")}, replica :${env.replica?.port}`);
  let passed = 0;
  let failed = 0;
  try {
    for (const check of checks) {
      const t0 = Date.now();
      try {
        const detail = await check.run(env);
        passed++;
        console.info(`  ✓ ${check.name} — ${detail} (${((Date.now() - t0) / 1000).toFixed(1)} s)`);
      } catch (error) {
        failed++;
        console.error(`  ✗ ${check.name}\n    ${error instanceof Error ? error.message : String(error)}\n    logs: ${env.logDir}`);
        process.env.KEEP_SCALE_LOGS = "1";
      }
    }
  } finally {
    await env.stop();
  }
  console.info(`test:scale finished in ${Math.round((Date.now() - started) / 1000)} s`);
  console.info(`${passed} passed, ${failed} failed`);
  process.exit(failed === 0 ? 0 : 1);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
