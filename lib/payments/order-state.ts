import type { Order } from "@/db/schema";

export type OrderStatus = Order["status"];
export type AccessStatus = "active" | "suspended" | "refunded" | "revoked";

// Facts Stripe tells us about one payment. Each only moves one way (paid once,
// refunded amount only grows, a closed dispute stays closed), so events applied in
// any order, any number of times, end in the same state.
export type OrderFacts = {
  amount: number;
  paidAt: Date | null;
  refundedAmount: number;
  disputeStatus: Order["disputeStatus"];
  /** Set when an unpaid checkout ended without payment. */
  closedAs: "failed" | "expired" | null;
};

export function deriveOrderStatus(f: OrderFacts): OrderStatus {
  if (!f.paidAt) return f.closedAs ?? "pending";
  if (f.disputeStatus === "lost") return "dispute_lost";
  if (f.disputeStatus === "open") return "disputed";
  if (f.refundedAmount >= f.amount) return "refunded";
  if (f.refundedAmount > 0) return "partially_refunded";
  return "paid";
}

/** What a purchase's enrollment should be given its order; null = no enrollment yet. */
export function accessForOrder(status: OrderStatus): AccessStatus | null {
  switch (status) {
    case "paid":
    case "partially_refunded":
      return "active";
    case "disputed":
      return "suspended";
    case "refunded":
      return "refunded";
    case "dispute_lost":
      return "revoked";
    default:
      return null;
  }
}

export function factsOf(order: Order): OrderFacts {
  return {
    amount: order.amount,
    paidAt: order.paidAt,
    refundedAmount: order.refundedAmount,
    disputeStatus: order.disputeStatus,
    closedAs: order.status === "failed" || order.status === "expired" ? order.status : null,
  };
}

/** A closed dispute is final: an "open" that arrives after it (out of order) is ignored. */
export function nextDisputeStatus(current: Order["disputeStatus"], incoming: "open" | "won" | "lost"): Order["disputeStatus"] {
  if (current === "won" || current === "lost") return incoming === "open" ? current : incoming;
  return incoming;
}
