import { nextDisputeStatus } from "./order-state";
import { updateOrderFacts } from "./update-order";

// An open dispute suspends access; a won one restores it; a lost one revokes it.
export async function applyDispute(db: Parameters<typeof updateOrderFacts>[0], input: { orderId: string; status: "open" | "won" | "lost" }) {
  return updateOrderFacts(db, input.orderId, (facts) => ({
    paidAt: facts.paidAt ?? new Date(),
    closedAs: null,
    disputeStatus: nextDisputeStatus(facts.disputeStatus, input.status),
  }));
}

/** Stripe's dispute statuses, reduced to what access needs. */
export function disputeOutcome(stripeStatus: string, closed: boolean): "open" | "won" | "lost" {
  if (!closed) return "open";
  if (stripeStatus === "lost") return "lost";
  // won, warning_closed (an inquiry that never became a chargeback), prevented
  return "won";
}
