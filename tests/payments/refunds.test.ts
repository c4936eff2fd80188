import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { auditLog, enrollments, marketplaceSettings, orders, providers, refundRequests } from "@/db/schema";
import { ForbiddenError } from "@/lib/auth/policy";
import { createOnboardingLink } from "@/lib/payments/provider-payments";
import { listProviderOrders, summarizeProviderEarnings } from "@/lib/payments/provider-sales";
import { refundOrder } from "@/lib/payments/refund-order";
import { checkRefundEligibility, decideRefundRequest, requestRefund } from "@/lib/payments/refund-requests";
import { makeProvider } from "../support/fixtures";
import { startStripeStandIn, type StandIn } from "../support/stripe-stand-in";
import { createTestDb, type TestDb } from "../support/test-db";
import { makeMember, makeUser, sessionUser } from "../support/users";
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

async function paidOrder(price = 4900) {
  const setup = await makePaidCourseSetup(t.db, { priceAmount: price });
  const { order } = await checkoutAs(t.db, s.stripe, setup);
  await s.fake.completeCheckoutSession(order.stripeCheckoutSessionId!, "paid");
  await s.fake.flush();
  const owner = await makeUser(t.db);
  await makeMember(t.db, owner.id, setup.provider.id);
  return { ...setup, order: await orderById(t.db, order.id), owner: await sessionUser(t.db, owner.id) };
}

describe("refund requests", () => {
  it("a learner asks once; the provider grants; Stripe refunds with the transfer and fee reversed; access ends", async () => {
    const p = await paidOrder();
    const first = await requestRefund(t.db, { userId: p.learner.id, orderId: p.order.id, reason: "The course is not what I expected." });
    expect(first.ok).toBe(true);
    const second = await requestRefund(t.db, { userId: p.learner.id, orderId: p.order.id, reason: "Asking a second time, please." });
    expect(second.ok).toBe(false);

    const requestId = first.ok ? first.requestId : "";
    const result = await decideRefundRequest(t.db, s.stripe, { actor: p.owner, appUrl: "http://x", requestId, decision: "grant" });
    expect(result).toEqual({ ok: true });

    const refundCall = s.fake.requests.filter((r) => r.path === "/v1/refunds").at(-1)!;
    expect(refundCall.params).toMatchObject({ payment_intent: p.order.stripePaymentIntentId, amount: "4900", reverse_transfer: "true", refund_application_fee: "true" });
    await s.fake.flush(); // the refund's own events arrive afterwards and change nothing more
    expect(await orderById(t.db, p.order.id)).toMatchObject({ status: "refunded", refundedAmount: 4900 });
    expect((await enrollmentsOf(t.db, p.learner.id))[0]?.status).toBe("refunded");
    const [request] = await t.db.select().from(refundRequests).where(eq(refundRequests.id, requestId));
    expect(request).toMatchObject({ status: "granted", decidedBy: p.owner.id });
    const audit = await t.db.select().from(auditLog).where(eq(auditLog.targetId, p.order.id));
    expect(audit.map((a) => a.action)).toContain("order.refund");
  });

  it("a decline needs a reason and leaves access alone", async () => {
    const p = await paidOrder();
    const r = await requestRefund(t.db, { userId: p.learner.id, orderId: p.order.id, reason: "Changed my mind about it." });
    const requestId = r.ok ? r.requestId : "";
    const declined = await decideRefundRequest(t.db, s.stripe, { actor: p.owner, appUrl: "http://x", requestId, decision: "decline", note: "You finished most of it." });
    expect(declined.ok).toBe(true);
    const again = await decideRefundRequest(t.db, s.stripe, { actor: p.owner, appUrl: "http://x", requestId, decision: "grant" });
    expect(again.ok).toBe(false); // already decided: no second outcome
    expect((await orderById(t.db, p.order.id)).status).toBe("paid");
    expect((await enrollmentsOf(t.db, p.learner.id))[0]?.status).toBe("active");
  });

  it("a member of another provider cannot decide, even with the request id", async () => {
    const p = await paidOrder();
    const r = await requestRefund(t.db, { userId: p.learner.id, orderId: p.order.id, reason: "Please refund this order." });
    const other = await makeProvider(t.db);
    const stranger = await makeUser(t.db);
    await makeMember(t.db, stranger.id, other.id);
    await expect(
      decideRefundRequest(t.db, s.stripe, { actor: await sessionUser(t.db, stranger.id), appUrl: "http://x", requestId: r.ok ? r.requestId : "", decision: "grant" }),
    ).rejects.toThrow(ForbiddenError);
    await expect(refundOrder(t.db, s.stripe, { actor: await sessionUser(t.db, stranger.id), orderId: p.order.id, reason: "x" })).rejects.toThrow(ForbiddenError);
    expect((await orderById(t.db, p.order.id)).status).toBe("paid");
  });

  it("is refused after the refund window, after completion, and for someone else's order", async () => {
    const p = await paidOrder();
    const later = new Date(p.order.paidAt!.getTime() + 15 * 86_400_000);
    expect((await checkRefundEligibility(t.db, { userId: p.learner.id, orderId: p.order.id, now: later })).eligible).toBe(false);
    await t.db.insert(marketplaceSettings).values({ id: 1, refundWindowDays: 30 });
    expect((await checkRefundEligibility(t.db, { userId: p.learner.id, orderId: p.order.id, now: later })).eligible).toBe(true);
    await t.db.delete(marketplaceSettings);

    const other = await makeUser(t.db);
    expect((await requestRefund(t.db, { userId: other.id, orderId: p.order.id, reason: "Not my order at all." })).ok).toBe(false);

    await t.db.update(enrollments).set({ completedAt: new Date() }).where(eq(enrollments.userId, p.learner.id));
    const done = await checkRefundEligibility(t.db, { userId: p.learner.id, orderId: p.order.id });
    expect(done.eligible).toBe(false);
    expect(await t.db.select().from(refundRequests).where(eq(refundRequests.orderId, p.order.id))).toHaveLength(0);
  });

  it("partial refunds keep access; the provider sees gross, fee and net", async () => {
    const p = await paidOrder(10_000);
    const result = await refundOrder(t.db, s.stripe, { actor: p.owner, orderId: p.order.id, amount: 2500, reason: "Goodwill" });
    expect(result.ok).toBe(true);
    await s.fake.flush();
    expect(await orderById(t.db, p.order.id)).toMatchObject({ status: "partially_refunded", refundedAmount: 2500 });
    expect((await enrollmentsOf(t.db, p.learner.id))[0]?.status).toBe("active");
    const tooMuch = await refundOrder(t.db, s.stripe, { actor: p.owner, orderId: p.order.id, amount: 9000, reason: "x" });
    expect(tooMuch.ok).toBe(false);

    const [row] = await listProviderOrders(t.db, { actor: p.owner, providerId: p.provider.id });
    // fee 2000 of 10000; a quarter refunded reverses a quarter of the fee: 1500 kept, net 10000-2500-1500.
    expect(row).toMatchObject({ amount: 10_000, platformFeeAmount: 2000, refundedAmount: 2500, feeKept: 1500, net: 6000 });
    const [sum] = await summarizeProviderEarnings(t.db, { actor: p.owner, providerId: p.provider.id });
    expect(sum).toMatchObject({ currency: "USD", orders: 1, gross: 10_000, refunds: 2500, fees: 1500, net: 6000 });
  });

  it("unpaid orders cannot be refunded", async () => {
    const setup = await makePaidCourseSetup(t.db);
    const { order } = await checkoutAs(t.db, s.stripe, setup);
    const owner = await makeUser(t.db, { isAdmin: true });
    const result = await refundOrder(t.db, s.stripe, { actor: await sessionUser(t.db, owner.id), orderId: order.id, reason: "x" });
    expect(result).toMatchObject({ ok: false, reason: "not_paid" });
    expect((await t.db.select().from(orders).where(eq(orders.id, order.id)))[0]?.status).toBe("pending");
  });
});

describe("Connect onboarding", () => {
  it("creates one Express account, links to Stripe-hosted onboarding, and account.updated enables charges", async () => {
    const provider = await makeProvider(t.db);
    const link = await createOnboardingLink(t.db, s.stripe, { providerId: provider.id, email: "owner@example.test", appUrl: "http://localhost:3999" });
    const again = await createOnboardingLink(t.db, s.stripe, { providerId: provider.id, email: "owner@example.test", appUrl: "http://localhost:3999" });
    expect(link).toContain("/test-checkout/onboarding?account=acct_");
    expect(again).toContain(new URL(link).searchParams.get("account")!);
    const creates = s.fake.requests.filter((r) => r.method === "POST" && r.path === "/v1/accounts");
    expect(creates.at(-1)?.params).toMatchObject({ type: "express", capabilities: { card_payments: { requested: "true" }, transfers: { requested: "true" } } });
    const [saved] = await t.db.select().from(providers).where(eq(providers.id, provider.id));
    expect(saved?.chargesEnabled).toBe(false);
    const linkCall = s.fake.requests.filter((r) => r.path === "/v1/account_links").at(-1)!;
    expect(linkCall.params).toMatchObject({ type: "account_onboarding", return_url: `http://localhost:3999/provider/${provider.slug}/payouts?onboarding=return` });

    await s.fake.completeOnboarding(saved!.stripeAccountId!);
    await s.fake.flush();
    const [after] = await t.db.select().from(providers).where(eq(providers.id, provider.id));
    expect(after).toMatchObject({ chargesEnabled: true, payoutsEnabled: true, detailsSubmitted: true });
  });
});
