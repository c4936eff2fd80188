import { updateOrderFacts, type OrderChange } from "./update-order";

export type FulfillInput = {
  orderId: string;
  paymentStatus: string;
  paymentIntentId: string | null;
  amountTotal: number | null;
  currency: string | null;
};

export type FulfillResult =
  | { outcome: "fulfilled" | "already_paid"; change: OrderChange }
  | { outcome: "not_paid" | "unknown_order" | "amount_mismatch" };

/**
 * Marks an order paid and opens the course, exactly once. The webhook and the
 * success page both call this and only this; the order row lock in
 * updateOrderFacts makes parallel calls line up, and the second finds it paid.
 */
export async function fulfillOrder(db: Parameters<typeof updateOrderFacts>[0], input: FulfillInput): Promise<FulfillResult> {
  // Only money that has arrived opens a course: "unpaid" sessions are delayed
  // methods still in flight, and they finish through async_payment_succeeded.
  if (input.paymentStatus !== "paid") return { outcome: "not_paid" };
  let mismatch = false;
  const change = await updateOrderFacts(db, input.orderId, (facts, order) => {
    const sameMoney = input.amountTotal === order.amount && input.currency?.toUpperCase() === order.currency;
    if (!sameMoney) {
      mismatch = true;
      return {};
    }
    return { paidAt: facts.paidAt ?? new Date(), closedAs: null, paymentIntentId: input.paymentIntentId };
  });
  if (!change) return { outcome: "unknown_order" };
  if (mismatch) {
    console.error(`[payments] order ${input.orderId}: Stripe reported ${input.amountTotal} ${input.currency}, expected ${change.before.amount} ${change.before.currency}; not fulfilled`);
    return { outcome: "amount_mismatch" };
  }
  return { outcome: change.becamePaid ? "fulfilled" : "already_paid", change };
}
