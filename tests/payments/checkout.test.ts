import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { marketplaceSettings, orders, providers } from "@/db/schema";
import { enrollFree } from "@/lib/enrollments/enroll-free";
import { computePlatformFee } from "@/lib/payments/platform-fee";
import { startCheckout } from "@/lib/payments/start-checkout";
import { makeCourse, makeProvider } from "../support/fixtures";
import { startStripeStandIn, type StandIn } from "../support/stripe-stand-in";
import { createTestDb, type TestDb } from "../support/test-db";
import { makeUser } from "../support/users";
import { checkoutAs, enrollmentsOf, makePaidCourseSetup, orderById } from "./payment-fixtures";

let t: TestDb;
let s: StandIn;
beforeAll(async () => {
  t = await createTestDb();
  s = await startStripeStandIn(t.db);
});
afterAll(async () => {
  await s.close();
  await t.close();
});

const sessionCreates = () => s.fake.requests.filter((r) => r.method === "POST" && r.path === "/v1/checkout/sessions");

describe("platform fee", () => {
  it("is integer basis points of the amount, rounded half up", () => {
    expect(computePlatformFee(4900, 2000)).toBe(980);
    expect(computePlatformFee(999, 2000)).toBe(200); // 199.8
    expect(computePlatformFee(5, 1000)).toBe(1); // 0.5 rounds up
    expect(computePlatformFee(4, 1000)).toBe(0);
    expect(computePlatformFee(1234, 0)).toBe(0);
    expect(computePlatformFee(1234, 10_000)).toBe(1234);
    expect(() => computePlatformFee(10.5, 2000)).toThrow();
  });
});

describe("startCheckout", () => {
  it("creates a pending order and a Checkout Session with the right amount, fee, destination and references", async () => {
    const setup = await makePaidCourseSetup(t.db, { priceAmount: 4900, currency: "EUR" });
    const before = sessionCreates().length;
    const { outcome, order } = await checkoutAs(t.db, s.stripe, setup);

    expect(order.status).toBe("pending");
    expect(order).toMatchObject({ amount: 4900, currency: "EUR", platformFeeBps: 2000, platformFeeAmount: 980 });
    expect(order.destinationAccountId).toBe(setup.provider.stripeAccountId);
    expect(outcome.url).toMatch(/^http:\/\/localhost:3999\/test-checkout\/cs_test_/);
    expect(order.stripeCheckoutSessionId).toBeTruthy();

    const requests = sessionCreates();
    expect(requests.length).toBe(before + 1);
    const req = requests.at(-1)!;
    expect(req.idempotencyKey).toBe(`checkout-session-${order.id}`);
    expect(req.params).toMatchObject({
      mode: "payment",
      client_reference_id: order.id,
      customer_email: setup.learner.email,
      metadata: { order_id: order.id, course_id: setup.course.id, user_id: setup.learner.id },
      payment_intent_data: {
        application_fee_amount: "980",
        transfer_data: { destination: setup.provider.stripeAccountId },
        metadata: { order_id: order.id },
      },
      success_url: `http://localhost:3999/checkout/success?order=${order.id}&session_id={CHECKOUT_SESSION_ID}`,
      cancel_url: `http://localhost:3999/checkout/cancelled?order=${order.id}`,
    });
    const line = (req.params.line_items as Record<string, Record<string, Record<string, unknown>>>[])[0]!;
    expect(line.price_data).toMatchObject({ currency: "eur", unit_amount: "4900" });
    expect(line.quantity).toBe("1");
  });

  it("uses the marketplace fee from settings, and a provider's own fee when set", async () => {
    await t.db.insert(marketplaceSettings).values({ id: 1, platformFeeBps: 1500 }).onConflictDoUpdate({ target: marketplaceSettings.id, set: { platformFeeBps: 1500 } });
    const a = await makePaidCourseSetup(t.db, { priceAmount: 10_000 });
    expect((await checkoutAs(t.db, s.stripe, a)).order.platformFeeAmount).toBe(1500);

    const b = await makePaidCourseSetup(t.db, { priceAmount: 10_000 });
    await t.db.update(providers).set({ platformFeeBps: 500 }).where(eq(providers.id, b.provider.id));
    expect((await checkoutAs(t.db, s.stripe, b)).order.platformFeeAmount).toBe(500);
    await t.db.delete(marketplaceSettings);
  });

  it("reuses the open session on a double click: one order, one Stripe session", async () => {
    const setup = await makePaidCourseSetup(t.db);
    const before = sessionCreates().length;
    const input = { userId: setup.learner.id, email: setup.learner.email, courseId: setup.course.id, appUrl: "http://localhost:3999" };
    const outcomes = await Promise.all(Array.from({ length: 5 }, () => startCheckout(t.db, s.stripe, input)));
    const urls = new Set(outcomes.map((o) => (o.kind === "redirect" ? o.url : o.kind)));
    expect(urls.size).toBe(1);
    expect(sessionCreates().length).toBe(before + 1);
    const rows = await t.db.select().from(orders).where(eq(orders.userId, setup.learner.id));
    expect(rows).toHaveLength(1);
  });

  it("does not charge a learner who already has access", async () => {
    const setup = await makePaidCourseSetup(t.db);
    const { order } = await checkoutAs(t.db, s.stripe, setup);
    await s.fake.completeCheckoutSession(order.stripeCheckoutSessionId!, "paid");
    await s.fake.flush();
    expect((await orderById(t.db, order.id)).status).toBe("paid");

    const before = sessionCreates().length;
    const again = await startCheckout(t.db, s.stripe, { userId: setup.learner.id, email: setup.learner.email, courseId: setup.course.id, appUrl: "http://x" });
    expect(again.kind).toBe("enrolled");
    expect(sessionCreates().length).toBe(before);
  });

  it("finishes a paid session whose webhook has not arrived instead of charging again", async () => {
    const quiet = await startStripeStandIn(t.db, { autoDeliver: false });
    try {
      const setup = await makePaidCourseSetup(t.db);
      const { order } = await checkoutAs(t.db, quiet.stripe, setup);
      await quiet.fake.completeCheckoutSession(order.stripeCheckoutSessionId!, "paid");
      const again = await startCheckout(t.db, quiet.stripe, { userId: setup.learner.id, email: setup.learner.email, courseId: setup.course.id, appUrl: "http://x" });
      expect(again.kind).toBe("enrolled");
      expect((await orderById(t.db, order.id)).status).toBe("paid");
      expect(await enrollmentsOf(t.db, setup.learner.id)).toHaveLength(1);
    } finally {
      await quiet.close();
    }
  });

  it("starts a new session once the old one has expired", async () => {
    const setup = await makePaidCourseSetup(t.db);
    const first = await checkoutAs(t.db, s.stripe, setup);
    await s.fake.expireCheckoutSession(first.order.stripeCheckoutSessionId!);
    await s.fake.flush();
    expect((await orderById(t.db, first.order.id)).status).toBe("expired");
    const second = await checkoutAs(t.db, s.stripe, setup);
    expect(second.order.id).not.toBe(first.order.id);
  });

  it("refuses courses that cannot be bought", async () => {
    const learner = await makeUser(t.db);
    const notConnected = await makeProvider(t.db);
    const paid = await makeCourse(t.db, notConnected.id, { priceAmount: 1000 });
    const free = await makeCourse(t.db, notConnected.id, { priceAmount: 0 });
    const draft = await makeCourse(t.db, notConnected.id, { priceAmount: 1000, status: "draft", publishedAt: null });
    for (const course of [paid, free, draft]) {
      const outcome = await startCheckout(t.db, s.stripe, { userId: learner.id, email: learner.email, courseId: course.id, appUrl: "http://x" });
      expect(outcome.kind).toBe("unavailable");
    }
    expect(await t.db.select().from(orders).where(eq(orders.userId, learner.id))).toHaveLength(0);
  });

  it("marks the order failed when Stripe cannot be reached, so the next click starts over", async () => {
    const setup = await makePaidCourseSetup(t.db);
    const { createStripeClient } = await import("@/lib/payments/stripe-client");
    const unreachable = createStripeClient("sk_test_x", { host: "127.0.0.1", port: 9, protocol: "http" });
    const outcome = await startCheckout(t.db, unreachable, { userId: setup.learner.id, email: setup.learner.email, courseId: setup.course.id, appUrl: "http://x" });
    expect(outcome.kind).toBe("unavailable");
    const rows = await t.db.select().from(orders).where(eq(orders.userId, setup.learner.id));
    expect(rows.map((r) => r.status)).toEqual(["failed"]);
    expect((await checkoutAs(t.db, s.stripe, setup)).order.status).toBe("pending");
  }, 60_000);
});

describe("enrollFree", () => {
  it("enrolls once however often it is clicked", async () => {
    const provider = await makeProvider(t.db);
    const course = await makeCourse(t.db, provider.id, { priceAmount: 0 });
    const learner = await makeUser(t.db);
    await Promise.all(Array.from({ length: 10 }, () => enrollFree(t.db, { userId: learner.id, courseId: course.id })));
    const rows = await enrollmentsOf(t.db, learner.id);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ status: "active", source: "free" });
  });

  it("refuses paid and unpublished courses", async () => {
    const provider = await makeProvider(t.db);
    const paid = await makeCourse(t.db, provider.id, { priceAmount: 100 });
    const draft = await makeCourse(t.db, provider.id, { priceAmount: 0, status: "draft", publishedAt: null });
    const learner = await makeUser(t.db);
    await expect(enrollFree(t.db, { userId: learner.id, courseId: paid.id })).rejects.toThrow(/paid/);
    await expect(enrollFree(t.db, { userId: learner.id, courseId: draft.id })).rejects.toThrow(/not open/);
    expect(await enrollmentsOf(t.db, learner.id)).toHaveLength(0);
  });
});
