// npm run bench -- --scale: issue 17's figures with both instances and haproxy on this
// machine. Catalog req/s through the balancer ÷ one instance direct (same run), a burst of
// 2,000 mail jobs drained and counted, and cache invalidation latency A → B.
import { randomUUID } from "node:crypto";
import { readdir } from "node:fs/promises";
import { eq, like, sql } from "drizzle-orm";
import { courses, mailDeliveries } from "@/db/schema";
import { loadDatabaseIdentity } from "@/lib/cache/database-identity";
import { CATALOG_TAG } from "@/lib/cache/catalog-tag";
import { createSharedCacheHandler, sharedRedisClient } from "@/lib/cache/redis-cache.mjs";
import { enqueueJob } from "@/lib/jobs/enqueue-job";
import { bossJobs } from "@/lib/jobs/pgboss-tables";
import { adminPage, launchBrowser } from "../scale/browser";
import { startScaleEnvironment, type ScaleEnvironment } from "../scale/environment";
import { waitFor } from "../scale/processes";
import { load } from "./load";

const pct = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;

async function catalogThroughput(env: ScaleEnvironment, seconds: number) {
  const path = "/courses?q=data";
  const direct: number[] = [];
  const balanced: number[] = [];
  await load(env.instances[0]!.url, "warm", path, { connections: 4, seconds: 2 });
  await load(env.balancer, "warm", path, { connections: 4, seconds: 2 });
  // Taking turns, so machine noise lands on both alike.
  for (let round = 0; round < 2; round++) {
    direct.push((await load(env.instances[0]!.url, "direct", path, { connections: 16, seconds })).rps);
    balanced.push((await load(env.balancer, "balanced", path, { connections: 16, seconds })).rps);
  }
  const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
  return { direct: mean(direct), balanced: mean(balanced) };
}

async function mailBurst(env: ScaleEnvironment, count: number) {
  const runKey = `burst-${randomUUID().slice(0, 8)}`;
  const before = (await readdir(env.outbox)).length;
  const started = performance.now();
  await env.db.db.transaction(async (tx) => {
    for (let i = 0; i < count; i++) await enqueueJob(tx, "mail-send", { key: `${runKey}:${i}`, to: `burst-${i}@scale.test`, subject: `Burst ${i}`, text: "One of a burst." });
  });
  const enqueued = performance.now();
  await waitFor("the burst to be delivered", async () => Number((await env.db.db.select({ n: sql<string>`count(*)` }).from(mailDeliveries).where(like(mailDeliveries.key, `${runKey}:%`)))[0]!.n) === count, 300_000, 200);
  const drained = performance.now();
  const files = (await readdir(env.outbox)).length - before;
  const [completed] = await env.db.db.select({ n: sql<string>`count(*)` }).from(bossJobs).where(sql`${bossJobs.name} = 'mail-send' and ${bossJobs.state} = 'completed' and ${bossJobs.data}->>'key' like ${`${runKey}:%`}`);
  return { enqueueMs: enqueued - started, drainMs: drained - enqueued, files, completed: Number(completed!.n) };
}

async function invalidationLatency(env: ScaleEnvironment, rounds: number) {
  const [a, b] = env.instances;
  const [course] = await env.db.db.select({ id: courses.id, slug: courses.slug }).from(courses).where(eq(courses.slug, "sql-for-analysts"));
  await loadDatabaseIdentity(env.db.db);
  const shared = await createSharedCacheHandler({ REDIS_URL: "redis://127.0.0.1:6379", REDIS_KEY_PREFIX: env.redisPrefix });
  const browser = await launchBrowser();
  const latencies: number[] = [];
  const actions: number[] = [];
  let visibleAtFirstLook = 0;
  try {
    const admin = await adminPage(browser, a!.url);
    for (let round = 0; round < rounds; round++) {
      // Back to review, and B caches the course's absence (the tag is expired as the app would).
      await env.db.db.update(courses).set({ status: "in_review" }).where(eq(courses.id, course!.id));
      await shared.revalidateTag(CATALOG_TAG);
      await waitFor("B to serve the 404", async () => (await fetch(`${b!.url}/courses/${course!.slug}`)).status === 404, 10_000, 20);
      await admin.goto(`/admin/courses/${course!.id}`);
      const clicked = performance.now();
      await admin.getByRole("button", { name: "Approve and publish" }).click();
      await admin.locator("main [role=status]").first().waitFor();
      const answered = performance.now();
      actions.push(answered - clicked);
      let first = true;
      for (;;) {
        const status = (await fetch(`${b!.url}/courses/${course!.slug}`)).status;
        if (status === 200) {
          if (first) visibleAtFirstLook++;
          break;
        }
        first = false;
        await new Promise((r) => setTimeout(r, 10));
      }
      latencies.push(performance.now() - answered);
    }
  } finally {
    await browser.close();
    await (await sharedRedisClient("redis://127.0.0.1:6379")).quit(); // else it keeps the bench alive
  }
  latencies.sort((x, y) => x - y);
  actions.sort((x, y) => x - y);
  return { median: pct(latencies, 50), p99: pct(latencies, 99), actionMedian: pct(actions, 50), actionP99: pct(actions, 99), visibleAtFirstLook, rounds };
}

export async function benchScale(input: { seconds: number; mailJobs: number; approvals: number }) {
  console.info("== scale: two instances of one build on one PostgreSQL, Redis, haproxy round robin (ports 3240-3242)");
  const env = await startScaleEnvironment({ replica: false, basePort: 3240, extraEnv: { PUBLIC_API_RATE_LIMIT: "1000000" } });
  try {
    const t = await catalogThroughput(env, input.seconds);
    console.info(`  catalog /courses?q=data, 16 connections, ${input.seconds} s × 2 each: one instance direct ${t.direct.toFixed(0)} req/s, two behind haproxy ${t.balanced.toFixed(0)} req/s → ${(t.balanced / t.direct).toFixed(2)}× (goal ≥ 0.9× on 2 cores)`);
    const m = await mailBurst(env, input.mailJobs);
    console.info(`  jobs: ${input.mailJobs} mail jobs enqueued in one transaction (${m.enqueueMs.toFixed(0)} ms), drained by both workers in ${(m.drainMs / 1000).toFixed(1)} s → ${((input.mailJobs / m.drainMs) * 1000).toFixed(0)} jobs/s; delivered ${m.files} outbox files, ${m.completed} jobs completed (exactly once: ${m.files === input.mailJobs && m.completed === input.mailJobs ? "yes" : "NO"})`);
    const c = await invalidationLatency(env, input.approvals);
    console.info(`  cache invalidation A → B over ${c.rounds} approvals (A's approval answered → B serves the published course, B's render included): median ${c.median.toFixed(0)} ms, p99 ${c.p99.toFixed(0)} ms (goal p99 < 1 s); fresh on B at the first request: ${c.visibleAtFirstLook}/${c.rounds}; the approval itself (click → answer on A): median ${c.actionMedian.toFixed(0)} ms, p99 ${c.actionP99.toFixed(0)} ms`);
  } finally {
    await env.stop();
  }
}
