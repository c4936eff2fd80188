// npm run bench — speed figures with a same-run baseline (see docs/PERFORMANCE.md).
// Loads local Postgres databases with 1k / 10k / 100k generated courses (reused when
// present), times the search SQL at each size, then drives the production server on
// the 100k database with autocannon at 16 connections and compares every page with
// a static file served by the same server. `--sql-only` stops after the SQL figures;
// `--admin-only` times the admin overview's queries on the 100k database instead;
// `--credentials-only`: issuing and verifying credentials per second beside the bare
// @digitalbazaar/vc calls on the same documents, and the verification page's req/s.
// `--scale` (issue 17): two instances behind haproxy — catalog ratio, a 2,000-mail burst,
// cache invalidation A → B (`--seconds=`, `--jobs=`, `--approvals=`). `--soak` (issue 15):
// catalog, verify API and webhooks at 16 connections with a database restart halfway,
// `--duration=600` seconds by default, `--heap-mb=N` caps the instances' V8 old space.
import { spawn, spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { ADMIN_VOLUME, ensureAdminActivity, explainSales, timeOverview, vacuumActivity } from "./bench/admin-sql";
import { benchDatabase } from "./bench/bench-db";
import { load, type LoadResult } from "./bench/load";
import { BENCH_QUERY, explainSearch, timeSearchSizes } from "./bench/search-sql";
import { benchCredentials } from "./bench/credentials";
import { benchWebhooks } from "./bench/webhooks";

const PORT = Number(process.env.BENCH_PORT ?? 3300);
const SECONDS = Number(process.env.BENCH_SECONDS ?? 10);
const CONNECTIONS = 16;
const base = `http://localhost:${PORT}`;
// Credentials are signed with addresses under APP_URL (issuer, keys, status lists), so
// the seed and the credentials issued here must use the server's own address.
process.env.APP_URL = base;
// Webhook fulfilment runs with "real" Stripe configuration: checkout.session.completed
// needs no call to Stripe, so nothing leaves the machine. --webhooks-only skips the catalog part.
const WEBHOOK_SECRET = "whsec_bench_only_secret";
const WEBHOOKS_ONLY = process.argv.includes("--webhooks-only");
const WEBHOOK_ORDERS = Number(process.env.BENCH_WEBHOOK_ORDERS ?? 2000);
const CREDENTIALS_ONLY = process.argv.includes("--credentials-only");
const CREDENTIAL_COUNT = Number(process.env.BENCH_CREDENTIALS ?? 200);

const flag = (name: string) => process.argv.find((a) => a.startsWith(`--${name}=`))?.split("=")[1];

async function main() {
  if (process.argv.includes("--admin-only")) return benchAdmin();
  if (process.argv.includes("--scale")) {
    const { benchScale } = await import("./bench/scale");
    return benchScale({ seconds: Number(flag("seconds") ?? 10), mailJobs: Number(flag("jobs") ?? 2000), approvals: Number(flag("approvals") ?? 100) });
  }
  if (process.argv.includes("--soak")) {
    const { benchSoak } = await import("./bench/soak");
    return benchSoak({ seconds: Number(flag("duration") ?? 600), connections: CONNECTIONS, heapMb: flag("heap-mb") ? Number(flag("heap-mb")) : undefined });
  }
  console.info("== databases");
  const sizes = WEBHOOKS_ONLY || CREDENTIALS_ONLY ? ([1_000] as const) : ([1_000, 10_000, 100_000] as const);
  const dbs = [];
  for (const size of sizes) dbs.push({ size, ...(await benchDatabase(`${process.env.BENCH_DB_PREFIX ?? "microcred_bench"}_${size}`, size)) });
  const big = dbs[dbs.length - 1]!;

  if (!WEBHOOKS_ONLY && !CREDENTIALS_ONLY) {
  console.info("\n== search SQL: result-page statement (EXPLAIN ANALYZE) | whole search: counts and facets + page + skills — medians of 15 samples, sizes taking turns in blocks of 5");
  const pageTimes: Record<number, number> = {};
  const sqlTimes: Record<number, number> = {};
  const timed = await timeSearchSizes(dbs.map((d) => d.handle.db));
  for (const [i, d] of dbs.entries()) {
    pageTimes[d.size] = timed[i]!.page;
    sqlTimes[d.size] = timed[i]!.whole;
    console.info(`  ${String(d.size).padStart(7)} courses: ${pageTimes[d.size]!.toFixed(1).padStart(7)} ms | ${sqlTimes[d.size]!.toFixed(1).padStart(7)} ms`);
  }
  console.info(
    `  growth 10k → 100k: ${(pageTimes[100_000]! / pageTimes[10_000]!).toFixed(2)}× | ${(sqlTimes[100_000]! / sqlTimes[10_000]!).toFixed(2)}× (target ≤ 2×)`,
  );
  console.info("\n== EXPLAIN ANALYZE of the result page at 100k");
  for (const line of await explainSearch(big.handle.db)) console.info(`  ${line}`);
  }
  let credentialPage: string | null = null;
  if (!WEBHOOKS_ONLY) {
    console.info(`\n== credentials: ${CREDENTIAL_COUNT} issued then verified, one at a time, beside the bare @digitalbazaar/vc calls on the same documents`);
    const { courses } = await import("@/db/schema");
    const { eq } = await import("drizzle-orm");
    const [course] = await big.handle.db.select({ id: courses.id }).from(courses).where(eq(courses.slug, "machine-learning-foundations"));
    const c = await benchCredentials(big.handle.db, { appUrl: base, courseId: course!.id, count: CREDENTIAL_COUNT });
    console.info(`  issue:  ${c.issuePerSecond.toFixed(1)} credentials/s (bare vc.issue ${c.bareIssuePerSecond.toFixed(1)}/s, ours at ${(c.issuePerSecond / c.bareIssuePerSecond).toFixed(2)}×)`);
    console.info(`  verify: ${c.verifyPerSecond.toFixed(1)} credentials/s (bare vc.verifyCredential with status ${c.bareVerifyPerSecond.toFixed(1)}/s, ours at ${(c.verifyPerSecond / c.bareVerifyPerSecond).toFixed(2)}×)`);
    console.info(`  every credential verified valid: ${c.allValid ? "yes" : "NO"}`);
    credentialPage = `/credentials/${c.sampleId}`;
  }
  for (const d of dbs) await d.handle.close();
  if (process.argv.includes("--sql-only")) return;

  if (!existsSync(".next/BUILD_ID") || process.argv.includes("--build")) {
    console.info("\n== next build");
    const built = spawnSync("npx", ["next", "build"], { stdio: "inherit" });
    if (built.status !== 0) throw new Error("next build failed");
  }

  console.info(`\n== production server on ${base} (100k courses), ${CONNECTIONS} connections, ${SECONDS} s per URL`);
  const server = spawn("node", ["server.mjs", "-p", String(PORT)], {
    env: {
      ...process.env,
      DATABASE_URL: big.url,
      AUTH_SECRET: "bench-only-secret-000000000000000000000",
      APP_URL: base,
      PUBLIC_API_RATE_LIMIT: "1000000000",
      DATABASE_POOL_MAX: "20",
      STRIPE_SECRET_KEY: "sk_test_bench_never_used",
      STRIPE_WEBHOOK_SECRET: WEBHOOK_SECRET,
      MAIL_OUTBOX_DIR: ".data/bench-outbox",
    },
    stdio: ["ignore", "ignore", "inherit"],
    detached: true,
  });
  try {
    await waitForHealth();
    const q = new URLSearchParams(BENCH_QUERY).toString();
    const targets: [string, string][] = WEBHOOKS_ONLY
      ? [["static file (baseline)", "/icon.svg"]]
      : CREDENTIALS_ONLY
        ? [["static file (baseline)", "/icon.svg"], ["credential verification page", credentialPage!]]
        : [
      ["static file (baseline)", "/icon.svg"],
      ["catalog, no query", "/courses"],
      ["catalog, text + 2 facets", `/courses?${q}`],
      ["course page", "/courses/sql-for-analysts"],
      ["API search", `/api/v1/courses?${q}`],
      ["credential verification page", credentialPage!],
    ];
    for (const [, path] of targets) for (let i = 0; i < 5; i++) await fetch(`${base}${path}`); // warm caches and JIT
    const results: LoadResult[] = [];
    for (const [name, path] of targets) results.push(await load(base, name, path, { connections: CONNECTIONS, seconds: SECONDS }));
    printTable(results);
    if (CREDENTIALS_ONLY) return;

    console.info(`\n== webhook fulfilment: ${WEBHOOK_ORDERS} orders, 30% of deliveries duplicates, ${CONNECTIONS} concurrent deliveries`);
    const { openDb } = await import("@/db/client");
    const handle = await openDb({ url: big.url });
    try {
      const w = await benchWebhooks(handle.db, { baseUrl: base, secret: WEBHOOK_SECRET, orders: WEBHOOK_ORDERS, concurrency: CONNECTIONS, duplicateShare: 0.3 });
      console.info(
        `  ${w.deliveries} deliveries (${w.duplicates} duplicates): ${w.eventsPerSecond.toFixed(0)} events/s (${(w.eventsPerSecond / results[0]!.rps).toFixed(2)}× static), p50 ${w.p50} ms, p99 ${w.p99} ms, non-2xx ${w.non2xx}`,
      );
      console.info(`  every order paid exactly once: ${w.paidOnce ? "yes" : "NO"} (${w.detail})`);
    } finally {
      await handle.close();
    }
  } finally {
    if (server.pid) process.kill(-server.pid, "SIGTERM");
  }
}

// --admin-only: the admin overview's SQL on the 100k-course database plus a year of activity.
async function benchAdmin() {
  console.info("== database (100k courses)");
  const d = await benchDatabase(`${process.env.BENCH_DB_PREFIX ?? "microcred_bench"}_100000`, 100_000);
  try {
    await ensureAdminActivity(d.handle.db);
    await vacuumActivity(d.handle.db);
    const v = ADMIN_VOLUME;
    console.info(`\n== admin overview SQL (median of 9): ${v.learners} learners, ${v.enrollments} enrollments, ${v.orders} orders, ${v.refunds} refunds over a year`);
    for (const r of await timeOverview(d.handle.db)) {
      console.info(`  ${r.label.padEnd(14)} cards (4 statements) ${r.cards.toFixed(1).padStart(7)} ms | charts (3 statements) ${r.charts.toFixed(1).padStart(7)} ms`);
    }
    console.info("\n== EXPLAIN ANALYZE of the sales cards, last 30 days");
    for (const line of await explainSales(d.handle.db)) console.info(`  ${line}`);
  } finally {
    await d.handle.close();
  }
}

async function waitForHealth() {
  for (let i = 0; i < 120; i++) {
    try {
      if ((await fetch(`${base}/api/health`)).ok) return;
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error("server did not become healthy");
}

function printTable(results: LoadResult[]) {
  const baseline = results[0]!;
  console.info(`\n${"what".padEnd(28)}${"req/s".padStart(9)}${"p50 ms".padStart(9)}${"p99 ms".padStart(9)}${"vs static".padStart(11)}  errors`);
  for (const r of results) {
    const ratio = r.rps / baseline.rps;
    console.info(
      `${r.name.padEnd(28)}${r.rps.toFixed(0).padStart(9)}${String(r.p50).padStart(9)}${String(r.p99).padStart(9)}${ratio.toFixed(2).padStart(10)}×  ${r.errors + r.non2xx}`,
    );
  }
  const search = results.find((r) => r.name.startsWith("catalog, text"));
  if (!search) return;
  const ok = search.rps / baseline.rps >= 0.25 && search.p99 < 150;
  console.info(`\nTarget (catalog search ≥ 0.25× static req/s and p99 < 150 ms): ${ok ? "met" : "NOT met"}`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
