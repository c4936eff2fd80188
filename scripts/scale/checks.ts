// What the issue's §5 asks to see through the balancer, one function per claim. Each
// throws with what it saw when the claim does not hold.
import { readdir, readFile, rename, writeFile, rm, mkdir } from "node:fs/promises";
import path from "node:path";
import { and, eq, inArray } from "drizzle-orm";
import postgres from "postgres";
import { auditLog, courses, providers } from "@/db/schema";
import { bossJobs } from "@/lib/jobs/pgboss-tables";
import { adminPage, launchBrowser, submitAndWait, ADMIN, DEMO_PASSWORD } from "./browser";
import type { ScaleEnvironment } from "./environment";
import { deliverEvent, makePendingOrders, orderOutcome, paidEvent } from "./orders";
import { stopProcess, waitFor } from "./processes";

export type Check = { name: string; run: (env: ScaleEnvironment) => Promise<string> };

function expectEqual(what: string, actual: unknown, expected: unknown) {
  if (JSON.stringify(actual) !== JSON.stringify(expected)) throw new Error(`${what}: expected ${JSON.stringify(expected)}, got ${JSON.stringify(actual)}`);
}

async function servedBy(url: string, init?: RequestInit): Promise<{ status: number; by: string | null; body: string }> {
  const response = await fetch(url, init);
  return { status: response.status, by: response.headers.get("x-served-by"), body: await response.text() };
}

async function receiptsInOutbox(outbox: string, emails: Set<string>): Promise<number> {
  const files = (await readdir(outbox).catch(() => [] as string[])).filter((f) => f.endsWith(".json"));
  let n = 0;
  for (const f of files) {
    const m = JSON.parse(await readFile(path.join(outbox, f), "utf8")) as { to: string; subject: string };
    if (emails.has(m.to) && m.subject.startsWith("Your receipt")) n++;
  }
  return n;
}

const pickCourse = async (env: ScaleEnvironment) => {
  const [row] = await env.db.db
    .select({ id: courses.id, slug: courses.slug, title: courses.title, providerId: courses.providerId, providerName: providers.name })
    .from(courses)
    .innerJoin(providers, eq(providers.id, courses.providerId))
    .where(and(eq(courses.status, "published"), eq(providers.status, "approved"), eq(providers.slug, "northwind-data-academy")))
    .limit(1);
  return row!;
};

export const checks: Check[] = [
  {
    name: "the balancer spreads requests over both instances",
    run: async (env) => {
      const seen = new Set<string>();
      for (let i = 0; i < 6; i++) seen.add((await servedBy(`${env.balancer}/api/health`)).by ?? "?");
      expectEqual("instances seen", [...seen].sort(), ["a", "b"]);
      return "a and b both answer";
    },
  },
  {
    name: "catalog reads come from the hot standby; writes stay on the primary",
    run: async (env) => {
      if (!env.replica) return "no replica in this run";
      const standby = postgres(env.replica.url(env.dbName), { max: 1, onnotice: () => {} });
      try {
        const [recovery] = await standby<{ r: boolean }[]>`select pg_is_in_recovery() as r`;
        expectEqual("the replica is in recovery (a standby)", recovery?.r, true);
        const reads = async () => Number((await standby<{ n: string }[]>`select tup_returned::text as n from pg_stat_database where datname = current_database()`)[0]!.n);
        const before = await reads();
        for (let i = 0; i < 6; i++) await fetch(`${env.balancer}/api/v1/courses/${(await pickCourse(env)).slug}?n=${i}`);
        await new Promise((r) => setTimeout(r, 700)); // statistics are flushed about every 500 ms
        const after = await reads();
        if (after <= before) throw new Error(`the standby returned no rows for catalog reads (${before} → ${after})`);
        return `standby rows returned ${before} → ${after}`;
      } finally {
        await standby.end();
      }
    },
  },
  {
    name: "a session signed in on A is valid on B",
    run: async (env) => {
      const [a, b] = env.instances;
      const csrf = await fetch(`${a!.url}/api/auth/csrf`);
      const cookies = csrf.headers.getSetCookie().map((c) => c.split(";")[0]).join("; ");
      const { csrfToken } = (await csrf.json()) as { csrfToken: string };
      const signIn = await fetch(`${a!.url}/api/auth/callback/password`, {
        method: "POST",
        headers: { "content-type": "application/x-www-form-urlencoded", cookie: cookies },
        body: new URLSearchParams({ email: ADMIN, password: DEMO_PASSWORD, csrfToken, callbackUrl: "/admin" }),
        redirect: "manual",
      });
      const session = signIn.headers.getSetCookie().map((c) => c.split(";")[0]).filter((c) => c!.includes("session-token")).join("; ");
      if (!session) throw new Error(`no session cookie from A (${signIn.status} ${signIn.headers.get("location")})`);
      const me = await fetch(`${b!.url}/api/me`, { headers: { cookie: session } });
      const body = await me.text();
      if (!body.includes(ADMIN)) throw new Error(`B did not know the session: ${me.status} ${body.slice(0, 200)}`);
      return "B answers /api/me with A's session";
    },
  },
  {
    name: "sign-in limits count across both instances",
    run: async (env) => {
      const email = `limit-${env.runId}@scale.test`;
      for (let attempt = 1; attempt <= 17; attempt++) {
        const base = env.instances[attempt % 2]!.url;
        const csrf = await fetch(`${base}/api/auth/csrf`);
        const cookies = csrf.headers.getSetCookie().map((c) => c.split(";")[0]).join("; ");
        const { csrfToken } = (await csrf.json()) as { csrfToken: string };
        const response = await fetch(`${base}/api/auth/callback/password`, {
          method: "POST",
          headers: { "content-type": "application/x-www-form-urlencoded", cookie: cookies },
          body: new URLSearchParams({ email, password: "wrong-password-1", csrfToken, callbackUrl: "/" }),
          redirect: "manual",
        });
        if ((response.headers.get("location") ?? "").includes("rate_limited")) {
          // Per instance, alternating A/B would need twice the per-email budget (2 × 8 + 1).
          if (attempt > 12) throw new Error(`refused only at attempt ${attempt}: the instances count separately`);
          return `refused at attempt ${attempt} of alternating A/B attempts`;
        }
      }
      throw new Error("17 wrong passwords across A and B were never refused");
    },
  },
  {
    name: "public API limits count across both instances",
    run: async (env) => {
      const limit = Number(env.instances[0]!.env.PUBLIC_API_RATE_LIMIT);
      const statuses: number[] = [];
      const by = new Set<string>();
      for (let i = 0; i < limit + 3; i++) {
        const r = await servedBy(`${env.balancer}/api/v1/courses`);
        statuses.push(r.status);
        by.add(r.by ?? "?");
      }
      const allowed = statuses.filter((s) => s === 200).length;
      expectEqual("instances that answered", [...by].sort(), ["a", "b"]);
      // The replica check above spent a few of this minute's requests already.
      if (allowed > limit || !statuses.slice(-3).every((s) => s === 429)) throw new Error(`statuses ${statuses.join(",")} with a shared limit of ${limit}`);
      return `${allowed} allowed, then 429, with a limit of ${limit} per minute for both`;
    },
  },
  {
    name: "a provider suspension and a course approval on A are visible on B at the next request",
    run: async (env) => {
      const [a, b] = env.instances;
      const course = await pickCourse(env);
      const page = await fetch(`${b!.url}/courses/${course.slug}`);
      expectEqual("B serves the course before", page.status, 200);
      await fetch(`${b!.url}/courses/${course.slug}`); // cached on B now
      const browser = await launchBrowser();
      try {
        const admin = await adminPage(browser, a!.url);
        await admin.goto("/admin/providers");
        const card = admin.locator(`[aria-label="${course.providerName}"]`);
        await submitAndWait(card, "Suspend provider", { selector: "textarea[name=reason]", value: "Scale test: suspension must reach every instance" });
        expectEqual("B right after the suspension on A", (await fetch(`${b!.url}/courses/${course.slug}`)).status, 404);
        await admin.goto("/admin/providers");
        await submitAndWait(admin.locator(`[aria-label="${course.providerName}"]`), "Reinstate provider", { selector: "textarea[name=reason]", value: "Scale test: reinstated again" });
        expectEqual("B right after the reinstatement on A", (await fetch(`${b!.url}/courses/${course.slug}`)).status, 200);

        // An approval: the course goes back to review, B caches its absence, A approves it.
        await env.db.db.update(courses).set({ status: "in_review" }).where(eq(courses.id, course.id));
        await fetch(`${b!.url}/courses/${course.slug}`);
        await admin.goto(`/admin/courses/${course.id}`);
        await submitAndWait(admin.locator("main"), "Approve and publish");
        expectEqual("B right after the approval on A", (await fetch(`${b!.url}/courses/${course.slug}`)).status, 200);
      } finally {
        await browser.close();
      }
      return `suspend → 404, reinstate → 200, approve → 200 on B at once (${course.slug})`;
    },
  },
  {
    name: "a webhook delivered to B pays an order exactly once while 100 more events are spread over both",
    run: async (env) => {
      const [, b] = env.instances;
      const orders = await makePendingOrders(env.db.db, { runId: env.runId, count: 101, tag: "wh" });
      const [first, ...rest] = orders;
      const toB = await deliverEvent(b!.url, env.webhookSecret, paidEvent(first!, `evt_${first!.id}`));
      expectEqual("B's answer", toB.status, 200);
      // Stripe redelivers: 30 of the events come twice, to whichever instance.
      const deliveries = [...rest, ...orders.slice(0, 30)];
      const results: Awaited<ReturnType<typeof deliverEvent>>[] = [];
      let next = 0;
      await Promise.all(
        Array.from({ length: 8 }, async () => {
          while (next < deliveries.length) {
            const o = deliveries[next++]!;
            results.push(await deliverEvent(env.balancer, env.webhookSecret, paidEvent(o, `evt_${o.id}`)));
          }
        }),
      );
      const by = new Set(results.map((r) => r.servedBy));
      expectEqual("instances that took events", [...by].sort(), ["a", "b"]);
      const ids = orders.map((o) => o.id);
      await waitFor("every receipt", async () => (await orderOutcome(env.db.db, ids)).receiptsDelivered === ids.length, 60_000);
      const outcome = await orderOutcome(env.db.db, ids);
      expectEqual("orders paid once, one enrollment and event each, receipts", outcome, { paid: 101, enrollments: 101, receiptsMarked: 101, receiptsDelivered: 101, events: 101 });
      const emails = new Set(orders.map((_, i) => `wh-${env.runId}-${i}@scale.test`));
      expectEqual("receipts in the outbox", await receiptsInOutbox(env.outbox, emails), 101);
      return "101 paid once, 101 receipts in the outbox";
    },
  },
  {
    name: "killing one instance mid-storm loses no order and no mail; the balancer keeps serving",
    run: async (env) => {
      const [a] = env.instances;
      const orders = await makePendingOrders(env.db.db, { runId: env.runId, count: 200, tag: "kill" });
      let sent = 0;
      let killed = false;
      let next = 0;
      await Promise.all(
        Array.from({ length: 8 }, async () => {
          while (next < orders.length) {
            const o = orders[next++]!;
            await deliverEvent(env.balancer, env.webhookSecret, paidEvent(o, `evt_${o.id}`), 20);
            if (++sent === 60 && !killed) {
              killed = true;
              await stopProcess(a!.proc, "SIGKILL"); // no drain: whatever A held must be finished by B
            }
          }
        }),
      );
      expectEqual("balancer health with A dead", (await fetch(`${env.balancer}/api/health`)).status, 200);
      const ids = orders.map((o) => o.id);
      // Jobs A had taken are failed by maintenance after 30 s and retried on B.
      await waitFor("every receipt after the kill", async () => (await orderOutcome(env.db.db, ids)).receiptsDelivered === ids.length, 120_000, 1_000);
      const outcome = await orderOutcome(env.db.db, ids);
      expectEqual("after the kill", outcome, { paid: 200, enrollments: 200, receiptsMarked: 200, receiptsDelivered: 200, events: 200 });
      const emails = new Set(orders.map((_, i) => `kill-${env.runId}-${i}@scale.test`));
      expectEqual("receipts in the outbox after the kill", await receiptsInOutbox(env.outbox, emails), 200);
      await env.restart(a!);
      await waitFor("A back behind the balancer", async () => (await servedBy(`${env.balancer}/api/health`)).by === "a" || (await servedBy(`${env.balancer}/api/health`)).by === "a", 20_000);
      return "200 paid once, 200 receipts, A restarted";
    },
  },
  {
    name: "a job that fails three times lands in the dead-letter state and succeeds on retry from /admin/jobs",
    run: async (env) => {
      // The mail transport breaks: the outbox directory becomes a file.
      const parked = `${env.outbox}.parked`;
      await rename(env.outbox, parked);
      await writeFile(env.outbox, "the outbox is down");
      const [order] = await makePendingOrders(env.db.db, { runId: env.runId, count: 1, tag: "dead" });
      let jobId: string | undefined;
      try {
        await deliverEvent(env.balancer, env.webhookSecret, paidEvent(order!, `evt_${order!.id}`));
        await waitFor(
          "the receipt job to fail three times",
          async () => {
            const rows = await env.db.db.select().from(bossJobs).where(and(eq(bossJobs.name, "order-receipt"), eq(bossJobs.state, "failed")));
            jobId = rows.find((r) => (r.data as { orderId?: string }).orderId === order!.id)?.id;
            return Boolean(jobId);
          },
          60_000,
          500,
        );
      } finally {
        await rm(env.outbox, { force: true });
        await rename(parked, env.outbox);
      }
      const [job] = await env.db.db.select().from(bossJobs).where(inArray(bossJobs.id, [jobId!]));
      expectEqual("attempts before the dead letter", job!.retryCount + 1, 3);
      const browser = await launchBrowser();
      try {
        const admin = await adminPage(browser, env.balancer);
        await admin.goto("/admin/jobs");
        const card = admin.locator(`[aria-label="Failed order-receipt job ${jobId}"]`);
        const error = (await card.textContent()) ?? "";
        if (!/ENOTDIR|EEXIST|not a directory/i.test(error)) throw new Error(`the failure does not show its error: ${error}`);
        // The page re-renders without the card once the job is no longer failed.
        await card.getByRole("button", { name: "Retry" }).click();
        await card.waitFor({ state: "detached", timeout: 20_000 });
        const [audit] = await env.db.db.select().from(auditLog).where(and(eq(auditLog.action, "job.retry"), eq(auditLog.targetId, jobId!)));
        if (!audit) throw new Error("the retry was not audited");
      } finally {
        await browser.close();
      }
      await waitFor("the retried receipt", async () => (await orderOutcome(env.db.db, [order!.id])).receiptsDelivered === 1, 30_000);
      await mkdir(env.outbox, { recursive: true });
      return `job ${jobId} failed 3×, retried from /admin/jobs, delivered`;
    },
  },
];

