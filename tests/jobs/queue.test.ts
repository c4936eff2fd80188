import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { and, count, eq } from "drizzle-orm";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { auditLog, mailDeliveries, orders } from "@/db/schema";
import { enqueueJob } from "@/lib/jobs/enqueue-job";
import { countJobs, listFailedJobs } from "@/lib/jobs/job-status";
import { bossJobs } from "@/lib/jobs/pgboss-tables";
import { retryFailedJob } from "@/lib/jobs/retry-failed-job";
import { drainJobs } from "@/lib/jobs/run-jobs";
import { enqueueMail } from "@/lib/mail/enqueue-mail";
import { readOutbox } from "@/lib/mail/read-outbox";
import { fulfillOrder } from "@/lib/payments/fulfill-order";
import { applyRefundedTotal } from "@/lib/payments/apply-refund";
import { makeCourse, makeProvider } from "../support/fixtures";
import { createTestDb, type TestDb } from "../support/test-db";
import { makeUser, sessionUser } from "../support/users";

const outbox = mkdtempSync(path.join(tmpdir(), "microcred-jobs-outbox-"));
process.env.MAIL_OUTBOX_DIR = outbox;
process.env.AUTH_SECRET = "jobs-test-secret-jobs-test-secret-0000";

let t: TestDb;
beforeAll(async () => {
  t = await createTestDb();
});
afterAll(async () => {
  await t?.close();
  rmSync(outbox, { recursive: true, force: true });
});
beforeEach(() => {
  process.env.MAIL_OUTBOX_DIR = outbox;
});

async function jobsOf(kind: string) {
  return t.db.select().from(bossJobs).where(eq(bossJobs.name, kind));
}

async function makePendingOrder() {
  const provider = await makeProvider(t.db);
  const course = await makeCourse(t.db, provider.id, { priceAmount: 4900, currency: "USD", title: "Queued course" });
  const learner = await makeUser(t.db);
  const [order] = await t.db
    .insert(orders)
    .values({ userId: learner.id, courseId: course.id, providerId: provider.id, amount: 4900, currency: "USD", platformFeeBps: 1000, platformFeeAmount: 490 })
    .returning();
  return { order: order!, learner };
}

const paid = (orderId: string) => fulfillOrder(t.db, { orderId, paymentStatus: "paid", paymentIntentId: `pi_${orderId.slice(0, 8)}`, amountTotal: 4900, currency: "usd" });

describe("transactional outbox", () => {
  it("a job exists exactly when the transaction that enqueued it commits", async () => {
    const before = (await jobsOf("catalog-invalidate")).length;
    await expect(
      t.db.transaction(async (tx) => {
        await enqueueJob(tx, "catalog-invalidate", { reason: "rolled back" });
        throw new Error("the cause fails");
      }),
    ).rejects.toThrow("the cause fails");
    expect(await jobsOf("catalog-invalidate")).toHaveLength(before);
    await t.db.transaction((tx) => enqueueJob(tx, "catalog-invalidate", { reason: "committed" }));
    expect(await jobsOf("catalog-invalidate")).toHaveLength(before + 1);
  });

  it("refuses a payload that does not match its kind, before anything is written", async () => {
    await expect(enqueueJob(t.db, "order-receipt", { orderId: "not-a-uuid" })).rejects.toThrow();
  });
});

describe("receipts", () => {
  it("the payment's transaction queues one receipt; delivered once however often the job runs", async () => {
    const { order, learner } = await makePendingOrder();
    expect((await paid(order.id)).outcome).toBe("fulfilled");
    expect((await paid(order.id)).outcome).toBe("already_paid"); // a replay queues nothing new
    const queued = (await jobsOf("order-receipt")).filter((j) => (j.data as { orderId: string }).orderId === order.id);
    expect(queued).toHaveLength(1);
    const [pending] = await t.db.select().from(orders).where(eq(orders.id, order.id));
    expect(pending!.receiptSentAt).toBeNull(); // not marked sent before it is sent

    await drainJobs(t.db);
    // The same job again (a worker that died after mailing): no second mail.
    await t.db.transaction((tx) => enqueueJob(tx, "order-receipt", { orderId: order.id }));
    await drainJobs(t.db);
    const mails = (await readOutbox(outbox)).filter((m) => m.to === learner.email && /Your receipt/.test(m.subject));
    expect(mails).toHaveLength(1);
    expect(mails[0]!.text).toContain("$49.00");
    const [sent] = await t.db.select().from(orders).where(eq(orders.id, order.id));
    expect(sent!.receiptSentAt).not.toBeNull();
  });

  it("a failed send is retried and never marked sent in between", async () => {
    const { order, learner } = await makePendingOrder();
    const blocked = path.join(outbox, "not-a-directory");
    writeFileSync(blocked, "x");
    process.env.MAIL_OUTBOX_DIR = path.join(blocked, "outbox"); // mkdir fails: the transport is down
    const { env } = await import("@/lib/config/env");
    const config = env();
    const original = config.MAIL_OUTBOX_DIR;
    config.MAIL_OUTBOX_DIR = process.env.MAIL_OUTBOX_DIR;
    try {
      await paid(order.id);
      await drainJobs(t.db);
      const [job] = (await jobsOf("order-receipt")).filter((j) => (j.data as { orderId: string }).orderId === order.id);
      expect(job!.state).toBe("retry");
      const [row] = await t.db.select().from(orders).where(eq(orders.id, order.id));
      expect(row!.receiptSentAt).toBeNull();
    } finally {
      config.MAIL_OUTBOX_DIR = original;
    }
    // Backoff passed: the next attempt delivers.
    await t.db.update(bossJobs).set({ startAfter: new Date(Date.now() - 1000) }).where(eq(bossJobs.name, "order-receipt"));
    await drainJobs(t.db);
    expect((await readOutbox(outbox)).filter((m) => m.to === learner.email && /Your receipt/.test(m.subject))).toHaveLength(1);
  });

  it("each increase of the refunded total queues its own notice", async () => {
    const { order, learner } = await makePendingOrder();
    await paid(order.id);
    await applyRefundedTotal(t.db, { orderId: order.id, refundedAmount: 1000 });
    await applyRefundedTotal(t.db, { orderId: order.id, refundedAmount: 1000 }); // replayed event
    await applyRefundedTotal(t.db, { orderId: order.id, refundedAmount: 4900 });
    await drainJobs(t.db);
    const notices = (await readOutbox(outbox)).filter((m) => m.to === learner.email && /Refund for/.test(m.subject));
    expect(notices.map((m) => /We refunded (\S+)/.exec(m.text)?.[1]).sort()).toEqual(["$10.00", "$49.00"]);
  });
});

describe("sealed mail", () => {
  it("a sign-in link waits encrypted in the job table and arrives readable", async () => {
    await enqueueMail(t.db, { to: "sealed@example.test", subject: "Your Microcred sign-in link", text: "https://app.test/link?token=SECRET123", secret: true });
    const [job] = (await jobsOf("mail-send")).filter((j) => (j.data as { to: string }).to === "sealed@example.test");
    expect(JSON.stringify(job!.data)).not.toContain("SECRET123");
    await drainJobs(t.db);
    expect((await readOutbox(outbox)).find((m) => m.to === "sealed@example.test")?.text).toContain("SECRET123");
  });
});

describe("dead letters and the admin retry", () => {
  it("three failed attempts leave the job failed with its error; an admin retry runs it again, audited", async () => {
    const admin = await sessionUser(t.db, (await makeUser(t.db, { isAdmin: true })).id);
    // A mail whose transport is down fails every attempt.
    const { env } = await import("@/lib/config/env");
    const config = env();
    const original = config.MAIL_OUTBOX_DIR;
    const blocked = path.join(outbox, "blocked-file");
    writeFileSync(blocked, "x");
    config.MAIL_OUTBOX_DIR = path.join(blocked, "outbox");
    try {
      await enqueueMail(t.db, { key: "dead-letter-test", to: "dead@example.test", subject: "Will fail", text: "body" });
      for (let attempt = 0; attempt < 3; attempt++) {
        await t.db.update(bossJobs).set({ startAfter: new Date(Date.now() - 1000) }).where(and(eq(bossJobs.name, "mail-send"), eq(bossJobs.state, "retry")));
        await drainJobs(t.db, { kinds: ["mail-send"] });
      }
    } finally {
      config.MAIL_OUTBOX_DIR = original;
    }
    const failed = (await listFailedJobs(t.db, { actor: admin })).find((j) => j.subject.startsWith("dead-letter-test"));
    expect(failed).toMatchObject({ kind: "mail-send", attempts: 3 });
    expect(failed!.error).toMatch(/ENOTDIR|not a directory|EEXIST/);
    expect((await countJobs(t.db, { actor: admin }))["mail-send"].failed).toBeGreaterThanOrEqual(1);

    expect(await retryFailedJob(t.db, { actor: admin, kind: "mail-send", jobId: failed!.id })).toEqual({ ok: true });
    expect((await retryFailedJob(t.db, { actor: admin, kind: "mail-send", jobId: failed!.id })).ok).toBe(false); // no longer failed
    await drainJobs(t.db, { kinds: ["mail-send"] });
    expect((await readOutbox(outbox)).filter((m) => m.to === "dead@example.test")).toHaveLength(1);
    const [done] = await t.db.select().from(bossJobs).where(eq(bossJobs.id, failed!.id));
    expect(done!.state).toBe("completed");
    const [audit] = await t.db.select({ n: count() }).from(auditLog).where(and(eq(auditLog.action, "job.retry"), eq(auditLog.targetId, failed!.id)));
    expect(audit!.n).toBe(1);
    const [delivery] = await t.db.select().from(mailDeliveries).where(eq(mailDeliveries.key, "dead-letter-test"));
    expect(delivery?.recipient).toBe("dead@example.test");
  });

  it("only admins see or retry jobs", async () => {
    const learner = await sessionUser(t.db, (await makeUser(t.db)).id);
    await expect(countJobs(t.db, { actor: learner })).rejects.toThrow();
    await expect(listFailedJobs(t.db, { actor: null })).rejects.toThrow();
    await expect(retryFailedJob(t.db, { actor: learner, kind: "mail-send", jobId: crypto.randomUUID() })).rejects.toThrow();
  });
});
