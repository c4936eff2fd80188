import { eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Db } from "@/db";
import { orders, providers, refunds, stripeEvents } from "@/db/schema";
import { fulfillOrder } from "@/lib/payments/fulfill-order";
import { handleStripeWebhook } from "@/lib/payments/handle-stripe-webhook";
import { startStripeStandIn, type StandIn } from "../support/stripe-stand-in";
import { createTestDb, type TestDb } from "../support/test-db";
import { checkoutAs, enrollmentsOf, makePaidCourseSetup, orderById } from "./payment-fixtures";

let t: TestDb;
let s: StandIn; // delivers its events itself, like Stripe
let q: StandIn; // delivers nothing: the test sends each event by hand
beforeAll(async () => {
  t = await createTestDb();
  s = await startStripeStandIn(t.db);
  q = await startStripeStandIn(t.db, { autoDeliver: false });
});
afterAll(async () => {
  await s.close();
  await q.close();
  await t.close();
});

async function eventCount(db: Db, id: string) {
  return (await db.select().from(stripeEvents).where(eq(stripeEvents.id, id))).length;
}

/** A paid checkout whose events the test delivers by hand (q). */
async function paidButUndelivered() {
  const setup = await makePaidCourseSetup(t.db);
  const { order } = await checkoutAs(t.db, q.stripe, setup);
  const session = await q.fake.completeCheckoutSession(order.stripeCheckoutSessionId!, "paid");
  const completed = q.event("checkout.session.completed", session);
  return { setup, order, session, completed };
}

describe("POST /api/stripe/webhook (handleStripeWebhook)", () => {
  it("answers 400 and writes nothing for a missing or bad signature", async () => {
    const { order, completed } = await paidButUndelivered();
    const eventId = JSON.parse(completed).id as string;
    expect((await q.post(completed, null)).status).toBe(400);
    expect((await q.post(completed, "t=1,v1=deadbeef")).status).toBe(400);
    const otherSecret = (await startStripeStandIn(t.db, { autoDeliver: false })).fake.signPayload(completed);
    expect((await q.post(completed, otherSecret)).status).toBe(400);
    // A body changed after signing fails too.
    const tampered = completed.replace('"amount_total":4900', '"amount_total":1');
    expect((await q.post(tampered, q.fake.signPayload(completed))).status).toBe(400);
    expect(await eventCount(t.db, eventId)).toBe(0);
    expect((await orderById(t.db, order.id)).status).toBe("pending");
  });

  it("fulfils once when the same event is delivered 10 times", async () => {
    const { setup, order, completed } = await paidButUndelivered();
    const results = [];
    for (let i = 0; i < 10; i++) results.push(await q.post(completed));
    expect(results.every((r) => r.status === 200)).toBe(true);
    expect(results.filter((r) => r.body.duplicate)).toHaveLength(9);
    const enrolled = await enrollmentsOf(t.db, setup.learner.id);
    expect(enrolled).toHaveLength(1);
    expect(enrolled[0]).toMatchObject({ status: "active", source: "purchase", orderId: order.id });
    const paid = await orderById(t.db, order.id);
    expect(paid.status).toBe("paid");
    expect(paid.stripePaymentIntentId).toMatch(/^pi_test_/);
  });

  it("50 concurrent deliveries of one event and the success page racing them: one paid order, one enrollment", async () => {
    const { setup, order, session, completed } = await paidButUndelivered();
    const successPage = () =>
      fulfillOrder(t.db, { orderId: order.id, paymentStatus: "paid", paymentIntentId: session.payment_intent, amountTotal: 4900, currency: "usd" });
    const results = await Promise.all([
      ...Array.from({ length: 50 }, () => q.post(completed)),
      successPage(),
      successPage(),
    ]);
    const webhookResults = results.slice(0, 50) as Awaited<ReturnType<typeof q.post>>[];
    expect(webhookResults.every((r) => r.status === 200)).toBe(true);
    const outcomes = results.slice(50).map((r) => (r as Awaited<ReturnType<typeof successPage>>).outcome);
    expect(outcomes.every((o) => o === "fulfilled" || o === "already_paid")).toBe(true);
    expect(await enrollmentsOf(t.db, setup.learner.id)).toHaveLength(1);
    expect(await eventCount(t.db, JSON.parse(completed).id)).toBe(1);
    const paid = await orderById(t.db, order.id);
    expect(paid.status).toBe("paid");
  });

  it("ends refunded when the refund arrives before the completion event", async () => {
    const { setup, order, session, completed } = await paidButUndelivered();
    const intent = q.fake.paymentIntents.get(session.payment_intent!)!;
    intent.amount_refunded = intent.amount;
    const refunded = q.event("charge.refunded", q.fake.chargeOf(intent));

    expect((await q.post(refunded)).status).toBe(200); // order found through Stripe (session by payment intent)
    expect((await orderById(t.db, order.id)).status).toBe("refunded");
    expect((await q.post(completed)).status).toBe(200);
    const final = await orderById(t.db, order.id);
    expect(final.status).toBe("refunded");
    expect(final.refundedAmount).toBe(4900);
    const enrolled = await enrollmentsOf(t.db, setup.learner.id);
    expect(enrolled.filter((e) => e.status === "active")).toHaveLength(0);
  });

  it("keeps access after a partial refund that arrives first", async () => {
    const { setup, order, session, completed } = await paidButUndelivered();
    const intent = q.fake.paymentIntents.get(session.payment_intent!)!;
    intent.amount_refunded = 1000;
    await q.post(q.event("charge.refunded", q.fake.chargeOf(intent)));
    await q.post(completed);
    expect((await orderById(t.db, order.id))).toMatchObject({ status: "partially_refunded", refundedAmount: 1000 });
    expect((await enrollmentsOf(t.db, setup.learner.id))[0]?.status).toBe("active");
  });

  it("grants nothing for expired sessions and failed delayed payments", async () => {
    const expired = await makePaidCourseSetup(t.db);
    const a = await checkoutAs(t.db, s.stripe, expired);
    await s.fake.expireCheckoutSession(a.order.stripeCheckoutSessionId!);

    const failed = await makePaidCourseSetup(t.db);
    const b = await checkoutAs(t.db, s.stripe, failed);
    await s.fake.completeCheckoutSession(b.order.stripeCheckoutSessionId!, "processing");
    await s.fake.flush();
    expect((await orderById(t.db, b.order.id)).status).toBe("pending"); // processing: not paid yet
    await s.fake.settleAsyncPayment(b.order.stripeCheckoutSessionId!, false);
    await s.fake.flush();

    expect((await orderById(t.db, a.order.id)).status).toBe("expired");
    expect((await orderById(t.db, b.order.id)).status).toBe("failed");
    expect(await enrollmentsOf(t.db, expired.learner.id)).toHaveLength(0);
    expect(await enrollmentsOf(t.db, failed.learner.id)).toHaveLength(0);
  });

  it("fulfils a delayed payment when it succeeds", async () => {
    const setup = await makePaidCourseSetup(t.db);
    const { order } = await checkoutAs(t.db, s.stripe, setup);
    await s.fake.completeCheckoutSession(order.stripeCheckoutSessionId!, "processing");
    await s.fake.settleAsyncPayment(order.stripeCheckoutSessionId!, true);
    await s.fake.flush();
    expect((await orderById(t.db, order.id)).status).toBe("paid");
    expect((await enrollmentsOf(t.db, setup.learner.id))[0]?.status).toBe("active");
  });

  it("revokes access when the payment is refunded from the Stripe Dashboard", async () => {
    const setup = await makePaidCourseSetup(t.db);
    const { order } = await checkoutAs(t.db, s.stripe, setup);
    const session = await s.fake.completeCheckoutSession(order.stripeCheckoutSessionId!, "paid");
    await s.fake.flush();
    expect((await enrollmentsOf(t.db, setup.learner.id))[0]?.status).toBe("active");

    // Not through our API: straight at Stripe, as someone in the Dashboard would.
    await s.fake.createRefund({ payment_intent: session.payment_intent });
    await s.fake.flush();
    expect((await orderById(t.db, order.id))).toMatchObject({ status: "refunded", refundedAmount: 4900 });
    expect((await enrollmentsOf(t.db, setup.learner.id))[0]?.status).toBe("refunded");
    const rows = await t.db.select().from(refunds).where(eq(refunds.orderId, order.id));
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ amount: 4900, status: "succeeded" });
  });

  it("suspends access during a dispute, restores it when won and revokes it when lost", async () => {
    for (const outcome of ["won", "lost"] as const) {
      const setup = await makePaidCourseSetup(t.db);
      const { order } = await checkoutAs(t.db, s.stripe, setup);
      const session = await s.fake.completeCheckoutSession(order.stripeCheckoutSessionId!, "paid");
      await s.fake.openDispute(session.payment_intent!);
      await s.fake.flush();
      expect((await orderById(t.db, order.id)).status).toBe("disputed");
      expect((await enrollmentsOf(t.db, setup.learner.id))[0]?.status).toBe("suspended");
      await s.fake.closeDispute(session.payment_intent!, outcome);
      await s.fake.flush();
      expect((await orderById(t.db, order.id)).status).toBe(outcome === "won" ? "paid" : "dispute_lost");
      expect((await enrollmentsOf(t.db, setup.learner.id))[0]?.status).toBe(outcome === "won" ? "active" : "revoked");
    }
  });

  it("answers 500 when the database fails, records nothing, and the redelivery fulfils", async () => {
    const { setup, order, completed } = await paidButUndelivered();
    let failures = 1;
    const flaky = new Proxy(t.db, {
      get(target, prop, receiver) {
        if (prop === "transaction" && failures > 0) {
          failures--;
          return async () => {
            throw new Error("connection terminated unexpectedly");
          };
        }
        return Reflect.get(target, prop, receiver);
      },
    }) as Db;
    const first = await handleStripeWebhook({ db: flaky, stripe: q.stripe, webhookSecrets: [q.secret] }, completed, q.fake.signPayload(completed));
    expect(first.status).toBe(500);
    expect(await eventCount(t.db, JSON.parse(completed).id)).toBe(0);
    expect((await orderById(t.db, order.id)).status).toBe("pending");

    const retry = await q.post(completed);
    expect(retry.status).toBe(200);
    expect((await orderById(t.db, order.id)).status).toBe("paid");
    expect(await enrollmentsOf(t.db, setup.learner.id)).toHaveLength(1);
  });

  it("rolls back the event record when the handler fails half-way", async () => {
    const { order, completed } = await paidButUndelivered();
    // Break the enrollment write inside the handler's transaction: the order update must roll back too.
    // DDL takes no parameters; the id is a uuid we generated.
    await t.db.execute(sql.raw(`alter table enrollments add constraint test_block check (user_id <> '${order.userId.replace(/[^0-9a-f-]/g, "")}') not valid`));
    try {
      expect((await q.post(completed)).status).toBe(500);
      expect((await orderById(t.db, order.id)).status).toBe("pending");
      expect(await eventCount(t.db, JSON.parse(completed).id)).toBe(0);
    } finally {
      await t.db.execute(sql`alter table enrollments drop constraint test_block`);
    }
    expect((await q.post(completed)).status).toBe(200);
    expect((await orderById(t.db, order.id)).status).toBe("paid");
  });

  it("does not fulfil when Stripe reports a different amount", async () => {
    const { setup, order, session } = await paidButUndelivered();
    const forged = q.event("checkout.session.completed", { ...session, amount_total: 100 });
    expect((await q.post(forged)).status).toBe(200);
    expect((await orderById(t.db, order.id)).status).toBe("pending");
    expect(await enrollmentsOf(t.db, setup.learner.id)).toHaveLength(0);
  });

  it("keeps a provider's Connect status in sync from account.updated", async () => {
    const setup = await makePaidCourseSetup(t.db);
    const account = { id: setup.provider.stripeAccountId, object: "account", charges_enabled: false, payouts_enabled: true, details_submitted: true };
    expect((await q.post(q.event("account.updated", account))).status).toBe(200);
    const [row] = await t.db.select().from(providers).where(eq(providers.id, setup.provider.id));
    expect(row).toMatchObject({ chargesEnabled: false, payoutsEnabled: true, detailsSubmitted: true });
  });

  it("acknowledges event types it does not handle", async () => {
    const response = await q.post(q.event("customer.created", { id: "cus_1", object: "customer" }));
    expect(response.status).toBe(200);
  });

  it("never lets a late expiry close a paid order", async () => {
    const { order, session, completed } = await paidButUndelivered();
    await q.post(completed);
    await q.post(q.event("checkout.session.expired", { ...session, status: "expired" }));
    expect((await orderById(t.db, order.id)).status).toBe("paid");
    const [row] = await t.db.select({ n: sql<number>`count(*)::int` }).from(orders).where(eq(orders.id, order.id));
    expect(row?.n).toBe(1);
  });
});
