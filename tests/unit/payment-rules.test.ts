import { describe, expect, it } from "vitest";
import { accessForOrder, deriveOrderStatus, nextDisputeStatus } from "@/lib/payments/order-state";
import { canSellPaidCourses, checkCoursePriceSellable } from "@/lib/payments/provider-payments";
import { providerNet } from "@/lib/payments/provider-sales";

const connected = { status: "approved" as const, stripeAccountId: "acct_1", chargesEnabled: true };

describe("who can sell paid courses", () => {
  it("needs an approved provider whose Stripe account takes charges", () => {
    expect(canSellPaidCourses(connected)).toBe(true);
    expect(canSellPaidCourses({ ...connected, chargesEnabled: false })).toBe(false);
    expect(canSellPaidCourses({ ...connected, stripeAccountId: null })).toBe(false);
    expect(canSellPaidCourses({ ...connected, status: "suspended" })).toBe(false);
  });

  it("lets free courses publish without Stripe, and stops paid ones", () => {
    const unconnected = { ...connected, stripeAccountId: null, chargesEnabled: false };
    expect(checkCoursePriceSellable({ priceAmount: 0 }, unconnected)).toEqual({ ok: true });
    expect(checkCoursePriceSellable({ priceAmount: 4900 }, connected)).toEqual({ ok: true });
    const refused = checkCoursePriceSellable({ priceAmount: 4900 }, unconnected);
    expect(refused.ok).toBe(false);
  });
});

describe("order state", () => {
  const base = { amount: 1000, paidAt: new Date(), refundedAmount: 0, disputeStatus: null, closedAs: null } as const;
  it("derives status from facts, whatever order they came in", () => {
    expect(deriveOrderStatus({ ...base, paidAt: null })).toBe("pending");
    expect(deriveOrderStatus({ ...base, paidAt: null, closedAs: "expired" })).toBe("expired");
    expect(deriveOrderStatus(base)).toBe("paid");
    expect(deriveOrderStatus({ ...base, refundedAmount: 1 })).toBe("partially_refunded");
    expect(deriveOrderStatus({ ...base, refundedAmount: 1000 })).toBe("refunded");
    expect(deriveOrderStatus({ ...base, disputeStatus: "open" })).toBe("disputed");
    expect(deriveOrderStatus({ ...base, disputeStatus: "lost" })).toBe("dispute_lost");
    expect(deriveOrderStatus({ ...base, disputeStatus: "won", refundedAmount: 200 })).toBe("partially_refunded");
  });

  it("maps order status to access", () => {
    expect(accessForOrder("paid")).toBe("active");
    expect(accessForOrder("partially_refunded")).toBe("active");
    expect(accessForOrder("disputed")).toBe("suspended");
    expect(accessForOrder("refunded")).toBe("refunded");
    expect(accessForOrder("dispute_lost")).toBe("revoked");
    expect(accessForOrder("pending")).toBeNull();
    expect(accessForOrder("expired")).toBeNull();
  });

  it("never reopens a closed dispute", () => {
    expect(nextDisputeStatus(null, "open")).toBe("open");
    expect(nextDisputeStatus("open", "won")).toBe("won");
    expect(nextDisputeStatus("won", "open")).toBe("won");
    expect(nextDisputeStatus("lost", "open")).toBe("lost");
  });

  it("splits a refund's fee reversal in proportion", () => {
    expect(providerNet({ amount: 10_000, platformFeeAmount: 2000, refundedAmount: 0 })).toEqual({ feeKept: 2000, net: 8000 });
    expect(providerNet({ amount: 10_000, platformFeeAmount: 2000, refundedAmount: 10_000 })).toEqual({ feeKept: 0, net: 0 });
  });
});
