// Issue 15 §3 and §10: access follows all of a learner's orders for a course; a second
// payment is flagged and refunded automatically (audited); the late payment never
// meets a closed order; the webhook never asks Stripe inside its transaction.
import { and, eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { auditLog, orders } from "@/db/schema";
import { executeRows } from "@/db/sql-helpers";
import { refundDuplicatePayment } from "@/lib/payments/refund-duplicate-payment";
import { startCheckout } from "@/lib/payments/start-checkout";
import { startStripeStandIn, type StandIn } from "../support/stripe-stand-in";
import { createTestDb, type TestDb } from "../support/test-db";
import { checkoutAs, enrollmentsOf, makePaidCourseSetup, orderById } from "./payment-fixtures";

let t: TestDb;
let q: StandIn; // delivers nothing by itself: each test sends events in the order it wants
beforeAll(async () => {
  t = await createTestDb();
  q = await startStripeStandIn(t.db, { autoDeliver: false });
});
afterAll(async () => {
  await q.close();
  await t.close();
});

type Setup = Awaited<ReturnType<typeof makePaidCourseSetup>>;
const buy = (setup: Setup) =>
  startCheckout(t.db, q.stripe, { userId: setup.learner.id, email: setup.learner.email, courseId: setup.course.id, appUrl: "http://localhost:3999" });

/** Two paid orders for one course, their completion events not delivered yet. */
async function twoPaidOrders() {
  const setup = await makePaidCourseSetup(t.db);
  const a = await checkoutAs(t.db, q.stripe, setup);
  const openA = structuredClone(q.fake.getSession(a.order.stripeCheckoutSessionId!));
  // The race the issue found: Stripe reports A expired, the learner buys again (B) …
  await q.post(q.event("checkout.session.expired", { ...openA, status: "expired" }));
  const b = await buy(setup);
  if (b.kind !== "redirect") throw new Error(`expected a second checkout, got ${b.kind}`);
  // … and both sessions end up paid.
  const paidA = await q.fake.completeCheckoutSession(a.order.stripeCheckoutSessionId!, "paid");
  const orderB = await orderById(t.db, b.orderId);
  const paidB = await q.fake.completeCheckoutSession(orderB.stripeCheckoutSessionId!, "paid");
  return { setup, a: a.order, b: orderB, paidA, paidB };
}

async function refundInStripe(paymentIntentId: string) {
  await q.stripe.refunds.create({ payment_intent: paymentIntentId });
  return q.event("charge.refunded", q.fake.chargeOf(q.fake.paymentIntents.get(paymentIntentId)!));
}

const auditActions = async (orderId: string) =>
  (await t.db.select({ action: auditLog.action }).from(auditLog).where(eq(auditLog.targetId, orderId))).map((r) => r.action).sort();

describe("access follows every order of the learner for the course", () => {
  it("refunding the older of two paid orders keeps the access the newer one bought (the issue's repro)", async () => {
    const { setup, a, b, paidA, paidB } = await twoPaidOrders();
    await q.post(q.event("checkout.session.completed", paidA));
    await q.post(q.event("checkout.session.completed", paidB));
    expect((await orderById(t.db, b.id)).duplicateOfOrderId).toBe(a.id);
    await q.post(await refundInStripe(paidA.payment_intent!));

    expect((await orderById(t.db, a.id)).status).toBe("refunded");
    expect((await orderById(t.db, b.id)).status).toBe("paid");
    const [enrollment] = await enrollmentsOf(t.db, setup.learner.id);
    expect(enrollment).toMatchObject({ status: "active", orderId: b.id });
    // B now carries the access: its automatic refund is called off, and that is audited.
    expect(await refundDuplicatePayment(t.db, q.stripe, { orderId: b.id })).toBe("kept");
    expect((await orderById(t.db, b.id)).duplicateOfOrderId).toBeNull();
    expect(await auditActions(b.id)).toEqual(["order.duplicate_kept", "order.duplicate_payment"]);
  });

  it("a double payment is refunded automatically, once, through Stripe, and access stays", async () => {
    const { setup, a, b, paidA, paidB } = await twoPaidOrders();
    await q.post(q.event("checkout.session.completed", paidA));
    await q.post(q.event("checkout.session.completed", paidB));
    // The flag and the job that asks Stripe for the refund commit together, once.
    const queued = await executeRows(t.db, sql`select data from pgboss.job where name = 'order-refund-duplicate'`);
    expect(queued.map((r) => (r.data as { orderId: string }).orderId).filter((id) => id === b.id)).toHaveLength(1);
    const [first, second] = await Promise.all([
      refundDuplicatePayment(t.db, q.stripe, { orderId: b.id }),
      refundDuplicatePayment(t.db, q.stripe, { orderId: b.id }),
    ]);
    expect([first, second].filter((o) => o === "refunded")).toHaveLength(2); // the same Stripe refund (idempotency key)
    expect(q.fake.paymentIntents.get(paidB.payment_intent!)!.amount_refunded).toBe(b.amount);
    const refundCalls = q.fake.requests.filter((r) => r.path === "/v1/refunds" && r.params.payment_intent === paidB.payment_intent);
    expect(new Set(refundCalls.map((r) => r.idempotencyKey))).toEqual(new Set([`duplicate-refund-${b.id}`]));
    expect(refundCalls[0]!.params).toMatchObject({ reverse_transfer: "true", refund_application_fee: "true" });
    expect((await orderById(t.db, b.id)).status).toBe("refunded");
    expect((await orderById(t.db, a.id)).status).toBe("paid");
    expect((await enrollmentsOf(t.db, setup.learner.id))[0]).toMatchObject({ status: "active", orderId: a.id });
    expect(await auditActions(b.id)).toEqual(["order.duplicate_payment", "order.duplicate_refund"]);
    expect(await refundDuplicatePayment(t.db, q.stripe, { orderId: b.id })).toBe("not_flagged");
  });

  it("under concurrency (refund of A racing payment of B, 8 rounds) access always ends on B", async () => {
    for (let round = 0; round < 8; round++) {
      const { setup, b, paidA, paidB } = await twoPaidOrders();
      await q.post(q.event("checkout.session.completed", paidA));
      const refundA = await refundInStripe(paidA.payment_intent!);
      const paidEventB = q.event("checkout.session.completed", paidB);
      await Promise.all([q.post(refundA), q.post(paidEventB), q.post(refundA), q.post(paidEventB)]);
      expect((await enrollmentsOf(t.db, setup.learner.id))[0]).toMatchObject({ status: "active", orderId: b.id });
    }
  });

  it("under concurrency both orders refunded at once end the access", async () => {
    for (let round = 0; round < 4; round++) {
      const { setup, paidA, paidB } = await twoPaidOrders();
      await q.post(q.event("checkout.session.completed", paidA));
      await q.post(q.event("checkout.session.completed", paidB));
      const [ra, rb] = [await refundInStripe(paidA.payment_intent!), await refundInStripe(paidB.payment_intent!)];
      await Promise.all([q.post(ra), q.post(rb)]);
      expect((await enrollmentsOf(t.db, setup.learner.id))[0]).toMatchObject({ status: "refunded" });
    }
  });
});

describe("the late payment meets resumePendingOrder", () => {
  it("a payment landing while an old session is being expired is fulfilled, not closed, and no second order starts", async () => {
    const setup = await makePaidCourseSetup(t.db);
    const { order } = await checkoutAs(t.db, q.stripe, setup);
    const session = q.fake.getSession(order.stripeCheckoutSessionId!);
    session.expires_at = Math.floor(Date.now() / 1000) + 30; // about to lapse: Buy again expires it first
    // The learner's payment lands between our retrieve and our expire.
    const handle = q.fake.handle.bind(q.fake);
    q.fake.handle = async (method, path, params, key) => {
      if (path.endsWith(`/${session.id}/expire`)) await q.fake.completeCheckoutSession(session.id, "paid");
      return handle(method, path, params, key);
    };
    try {
      expect(await buy(setup)).toEqual({ kind: "enrolled" });
    } finally {
      q.fake.handle = handle;
    }
    expect((await orderById(t.db, order.id)).status).toBe("paid");
    const all = await t.db.select().from(orders).where(and(eq(orders.userId, setup.learner.id), eq(orders.courseId, setup.course.id)));
    expect(all).toHaveLength(1);
  });
});

describe("the webhook asks Stripe before its transaction (§10)", () => {
  it("no transaction is open while Stripe is asked which session made a payment intent", async () => {
    const setup = await makePaidCourseSetup(t.db);
    const { order } = await checkoutAs(t.db, q.stripe, setup);
    const paid = await q.fake.completeCheckoutSession(order.stripeCheckoutSessionId!, "paid");
    // The refund arrives before the completion event: the order is not linked to its payment intent yet.
    const refunded = await refundInStripe(paid.payment_intent!);
    const probes: string[] = [];
    const handle = q.fake.handle.bind(q.fake);
    q.fake.handle = async (method, path, params, key) => {
      if (method === "GET" && path === "/v1/checkout/sessions") probes.push(await probeOpenTransaction());
      return handle(method, path, params, key);
    };
    try {
      expect((await q.post(refunded)).status).toBe(200);
    } finally {
      q.fake.handle = handle;
    }
    expect(probes).toEqual(["free"]);
    expect((await orderById(t.db, order.id)).status).toBe("refunded");
  });
});

/**
 * PGlite is one connection: while a transaction is open, another query waits for it, so
 * a probe that cannot run within 2 s means one is open. On PostgreSQL, ask the server.
 */
async function probeOpenTransaction(): Promise<"free" | "in transaction"> {
  const timeout = new Promise<"in transaction">((resolve) => setTimeout(() => resolve("in transaction"), 2000));
  const probe = (async () => {
    if (t.driver === "pglite") {
      await t.db.execute(sql`select 1`);
      return "free" as const;
    }
    const rows = await t.db.execute(
      sql`select count(*)::int as n from pg_stat_activity where datname = current_database() and state like 'idle in transaction%'`,
    );
    const n = Number((rows as unknown as { n: number }[])[0]?.n ?? 0);
    return n === 0 ? ("free" as const) : ("in transaction" as const);
  })();
  return Promise.race([probe, timeout]);
}
