import type Stripe from "stripe";
import type { Db } from "@/db";
import type { Order } from "@/db/schema";
import { idOf } from "./find-order";
import { fulfillOrder } from "./fulfill-order";
import { refundDuplicatePayment } from "./refund-duplicate-payment";
import { sendOrderReceipt } from "./send-order-mails";

/**
 * The success page's check: if the webhook has not arrived yet, ask Stripe about the
 * session and run the same fulfillOrder the webhook would. Never a second path to access.
 */
export async function confirmCheckout(db: Db, stripe: Stripe, input: { order: Order; appUrl: string }): Promise<void> {
  const { order } = input;
  if (order.status !== "pending" || !order.stripeCheckoutSessionId) return;
  const session = await stripe.checkout.sessions.retrieve(order.stripeCheckoutSessionId);
  if (session.status !== "complete") return;
  const result = await fulfillOrder(db, {
    orderId: order.id,
    paymentStatus: session.payment_status,
    paymentIntentId: idOf(session.payment_intent),
    amountTotal: session.amount_total,
    currency: session.currency,
  });
  if (result.outcome === "fulfilled" && result.change.duplicateOf) await refundDuplicatePayment(db, stripe, { orderId: order.id });
  if (result.outcome === "fulfilled") {
    await sendOrderReceipt(db, { orderId: order.id, appUrl: input.appUrl }).catch((error: unknown) => console.error("[checkout] receipt failed", error));
  }
}
