import type Stripe from "stripe";
import type { Db } from "@/db";
import type { Order } from "@/db/schema";
import { idOf } from "./find-order";
import { fulfillOrder } from "./fulfill-order";

/**
 * The success page's check: if the webhook has not arrived yet, ask Stripe about the
 * session and run the same fulfillOrder the webhook would. Never a second path to access.
 */
export async function confirmCheckout(db: Db, stripe: Stripe, input: { order: Order; appUrl: string }): Promise<void> {
  const { order } = input;
  if (order.status !== "pending" || !order.stripeCheckoutSessionId) return;
  const session = await stripe.checkout.sessions.retrieve(order.stripeCheckoutSessionId);
  if (session.status !== "complete") return;
  // The receipt is queued by fulfillOrder's transaction, whoever fulfils first.
  await fulfillOrder(db, {
    orderId: order.id,
    paymentStatus: session.payment_status,
    paymentIntentId: idOf(session.payment_intent),
    amountTotal: session.amount_total,
    currency: session.currency,
  });
}
