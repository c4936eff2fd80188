import { updateOrderFacts } from "./update-order";

// A checkout that ended without money: the session expired, or a delayed payment
// failed. Never grants access; a paid order is not reopened by a late event.
export async function closeUnpaidOrder(db: Parameters<typeof updateOrderFacts>[0], input: { orderId: string; as: "failed" | "expired" }) {
  return updateOrderFacts(db, input.orderId, (facts) => (facts.paidAt ? {} : { closedAs: input.as }));
}
