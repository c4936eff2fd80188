// npm run bench -- --soak [--duration=600]: issue 15's soak. Two instances behind haproxy
// on a PostgreSQL cluster of the soak's own, driven at 16 connections with catalog pages,
// verify API calls and Stripe webhooks; the database restarts halfway. Reports errors and
// p99 before/after the restart, RSS at start and end, and counts orders and receipts.
import { execFileSync } from "node:child_process";
import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import { and, eq, inArray, sql } from "drizzle-orm";
import { credentials, enrollments, mailDeliveries, orders, stripeEvents } from "@/db/schema";
import { startCluster } from "../scale/cluster";
import { startScaleEnvironment, type ScaleEnvironment } from "../scale/environment";
import { makePendingOrders, paidEvent, deliverEvent } from "../scale/orders";
import { waitFor } from "../scale/processes";

type Kind = "catalog" | "verify" | "webhook";
type Phase = { latencies: Record<Kind, number[]>; errors: Record<Kind, number>; requests: number };
const newPhase = (): Phase => ({ latencies: { catalog: [], verify: [], webhook: [] }, errors: { catalog: 0, verify: 0, webhook: 0 }, requests: 0 });
const p99 = (xs: number[]) => (xs.length ? [...xs].sort((a, b) => a - b)[Math.floor(0.99 * (xs.length - 1))]! : NaN);

function rssMb(env: ScaleEnvironment): number[] {
  return env.instances.map((i) => {
    const out = execFileSync("ps", ["-o", "rss=", "-g", String(i.proc.child.pid)], { encoding: "utf8" });
    return out.split("\n").map(Number).filter(Boolean).reduce((a, b) => a + b, 0) / 1024;
  });
}

const TERMS = ["data", "security", "cloud", "design", "python", "ai", "marketing", "kubernetes"];

export async function benchSoak(input: { seconds: number; connections: number; heapMb?: number }) {
  console.info(`== soak: ${input.seconds} s at ${input.connections} connections, catalog + verify API + webhooks, database restart at ${Math.round(input.seconds / 2)} s${input.heapMb ? `, instances' old space capped at ${input.heapMb} MB` : ""}`);
  const cluster = await startCluster(5434);
  const env = await startScaleEnvironment({ replica: false, basePort: 3245, serverUrl: cluster.url, extraEnv: { PUBLIC_API_RATE_LIMIT: "100000000", ...(input.heapMb ? { NODE_OPTIONS: `--max-old-space-size=${input.heapMb}` } : {}) } }).catch(async (error: unknown) => {
    await cluster.stop();
    throw error;
  });
  try {
    const [sample] = await env.db.db.select({ document: credentials.document }).from(credentials).limit(1);
    if (!sample) throw new Error("the demo seed issued no credential to verify");
    const pool: Awaited<ReturnType<typeof makePendingOrders>> = [];
    for (let made = 0; made < input.seconds * 25; made += 2000) pool.push(...(await makePendingOrders(env.db.db, { runId: `${env.runId}${made}`, count: 2000, tag: "soak" })));
    const delivered = new Set<string>();

    const phases = { before: newPhase(), after: newPhase() };
    let phase: Phase = phases.before;
    const started = Date.now();
    const deadline = started + input.seconds * 1000;
    const warmup = Math.min(30_000, input.seconds * 100);
    let rssStart: number[] = [];
    let restartMs = 0;
    let nextOrder = 0;
    let turn = 0;

    const one = async (kind: Kind) => {
      const t0 = performance.now();
      let ok = false;
      try {
        if (kind === "catalog") ok = (await fetch(`${env.balancer}/courses?q=${TERMS[turn % TERMS.length]}`).then(async (r) => (await r.arrayBuffer(), r.ok)));
        else if (kind === "verify") ok = (await fetch(`${env.balancer}/api/v1/verify`, { method: "POST", headers: { "content-type": "application/json" }, body: sample.document }).then(async (r) => (await r.arrayBuffer(), r.ok)));
        else {
          const order = pool[nextOrder++ % pool.length]!;
          // Like Stripe: redelivered until it is acknowledged; only the first answer counts as an error.
          const result = await deliverEvent(env.balancer, env.webhookSecret, paidEvent(order, `evt_${order.id}`), 60);
          ok = result.tries === 1 && result.status === 200;
          if (result.status === 200) delivered.add(order.id);
        }
      } catch {
        ok = false;
      }
      phase.latencies[kind].push(performance.now() - t0);
      if (!ok) phase.errors[kind]++;
      phase.requests++;
    };

    const restart = (async () => {
      await new Promise((r) => setTimeout(r, input.seconds * 500));
      console.info(`  ${Math.round((Date.now() - started) / 1000)} s: restarting the database`);
      restartMs = await cluster.restart();
      phase = phases.after;
    })();
    // RSS every tenth of the run, so a plateau (V8 growing its heap lazily under load) can be
    // told from a leak (growth that goes on to the end).
    const samples: string[] = [];
    const rss = (async () => {
      await new Promise((r) => setTimeout(r, warmup));
      rssStart = rssMb(env);
      while (Date.now() < deadline - input.seconds * 50) {
        await new Promise((r) => setTimeout(r, input.seconds * 100));
        samples.push(`${Math.round((Date.now() - started) / 1000)} s: ${rssMb(env).map((m) => m.toFixed(0)).join("/")}`);
      }
    })();
    const kinds: Kind[] = ["catalog", "verify", "webhook"];
    await Promise.all(
      Array.from({ length: input.connections }, async (_, worker) => {
        while (Date.now() < deadline) await one(kinds[(turn++ + worker) % 3]!);
      }),
    );
    await Promise.all([restart, rss]);
    const rssEnd = rssMb(env);

    const ids = [...delivered];
    await waitFor("every receipt of a paid order", async () => Number((await env.db.db.select({ n: sql<string>`count(*)` }).from(mailDeliveries).where(inArray(mailDeliveries.key, ids.map((id) => `receipt:${id}`))))[0]!.n) === ids.length, 180_000, 1_000);
    const count = async (q: Promise<{ n: string }[]>) => Number((await q)[0]!.n);
    const n = sql<string>`count(*)`;
    const paid = await count(env.db.db.select({ n }).from(orders).where(and(eq(orders.status, "paid"), inArray(orders.id, ids.length ? ids : [""]))));
    const enrolled = await count(env.db.db.select({ n }).from(enrollments).where(inArray(enrollments.orderId, ids.length ? ids : [""])));
    const events = await count(env.db.db.select({ n }).from(stripeEvents).where(inArray(stripeEvents.id, ids.map((id) => `evt_${id}`))));
    const receipts = await count(env.db.db.select({ n }).from(mailDeliveries).where(inArray(mailDeliveries.key, ids.map((id) => `receipt:${id}`))));
    const outboxReceipts = (await Promise.all((await readdir(env.outbox)).filter((f) => f.endsWith(".json")).map(async (f) => JSON.parse(await readFile(path.join(env.outbox, f), "utf8")) as { subject: string }))).filter((m) => m.subject.startsWith("Your receipt")).length;

    const line = (name: string, p: Phase) =>
      `  ${name}: ${p.requests} requests; errors catalog ${p.errors.catalog}, verify ${p.errors.verify}, webhook first attempts ${p.errors.webhook}; p99 catalog ${p99(p.latencies.catalog).toFixed(0)} ms, verify ${p99(p.latencies.verify).toFixed(0)} ms, webhook ${p99(p.latencies.webhook).toFixed(0)} ms`;
    console.info(line("before the restart", phases.before));
    console.info(line("after the restart ", phases.after));
    console.info(`  database restart took ${restartMs} ms`);
    const growth = rssEnd.map((end, i) => end / rssStart[i]! - 1);
    console.info(`  RSS (MB) per instance, after ${Math.round(warmup / 1000)} s warm-up → end: ${rssStart.map((s, i) => `${s.toFixed(0)} → ${rssEnd[i]!.toFixed(0)} (${(growth[i]! * 100).toFixed(1)}%)`).join(", ")} (limit +20%: ${growth.every((g) => g <= 0.2) ? "held" : "EXCEEDED"})`);
    console.info(`  RSS samples (MB, a/b): ${samples.join(", ")}`);
    console.info(`  orders acknowledged ${ids.length}: paid ${paid}, enrollments ${enrolled}, events ${events} → lost ${ids.length - paid}, doubled ${enrolled - paid}`);
    console.info(`  receipts: ${receipts} delivered (outbox holds ${outboxReceipts}) for ${paid} paid orders → ${receipts === paid && outboxReceipts === paid ? "every receipt delivered once" : "MISMATCH"}`);
  } finally {
    await env.stop();
    await cluster.stop();
  }
}
