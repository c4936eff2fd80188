import { eq } from "drizzle-orm";
import type Stripe from "stripe";
import type { Db } from "@/db";
import { auditLog, orders } from "@/db/schema";
import type { SessionUser } from "@/lib/auth/load-session-user";
import { assertCanManageProvider } from "@/lib/auth/policy";
import { applyRefundedTotal, recordStripeRefund } from "./apply-refund";

export type RefundResult =
  | { ok: true; refundedAmount: number; stripeRefundId: string }
  | { ok: false; reason: "not_found" | "not_paid" | "nothing_left" | "too_much" | "stripe_error"; message: string };

/**
 * Refunds an order through Stripe (full by default). For a destination charge the
 * transfer to the provider and the platform fee are reversed in proportion. The
 * access change is applied from Stripe's answer at once and again, harmlessly,
 * when the refund's webhook events arrive.
 */
export async function refundOrder(
  db: Db,
  stripe: Stripe,
  input: { actor: SessionUser; orderId: string; amount?: number; reason: string; appUrl?: string },
): Promise<RefundResult> {
  const [order] = await db.select().from(orders).where(eq(orders.id, input.orderId));
  if (!order) return { ok: false, reason: "not_found", message: "Order not found" };
  assertCanManageProvider(input.actor, order.providerId);
  if (!order.paidAt || !order.stripePaymentIntentId) return { ok: false, reason: "not_paid", message: "This order has not been paid." };
  const remaining = order.amount - order.refundedAmount;
  if (remaining <= 0) return { ok: false, reason: "nothing_left", message: "This order is already fully refunded." };
  const amount = input.amount ?? remaining;
  if (!Number.isInteger(amount) || amount <= 0 || amount > remaining) {
    return { ok: false, reason: "too_much", message: `The refund must be between 1 and ${remaining} (minor units).` };
  }

  let refund: Stripe.Refund;
  try {
    refund = await stripe.refunds.create(
      {
        payment_intent: order.stripePaymentIntentId,
        amount,
        reverse_transfer: true,
        refund_application_fee: true,
        metadata: { order_id: order.id, reason: input.reason.slice(0, 450), initiated_by: input.actor.id },
      },
      // The same click retried (or double-clicked) against the same order state is one refund.
      { idempotencyKey: `refund-${order.id}-${order.refundedAmount}-${amount}` },
    );
  } catch (error) {
    console.error(`[refund] Stripe refused a refund for order ${order.id}`, error);
    return { ok: false, reason: "stripe_error", message: error instanceof Error ? error.message : "Stripe refused the refund" };
  }

  const succeeded = await recordStripeRefund(db, {
    orderId: order.id,
    stripeRefundId: refund.id,
    amount: refund.amount,
    currency: refund.currency,
    status: refund.status ?? "pending",
    reason: input.reason,
    initiatedBy: input.actor.id,
  });
  const change = await applyRefundedTotal(db, { orderId: order.id, refundedAmount: succeeded });
  await db.insert(auditLog).values({
    actorId: input.actor.id,
    action: "order.refund",
    targetType: "order",
    targetId: order.id,
    before: { status: order.status, refundedAmount: order.refundedAmount },
    after: { status: change?.after.status, refundedAmount: change?.after.refundedAmount, stripeRefundId: refund.id },
    reason: input.reason,
  });
  // The refund notice was queued by applyRefundedTotal's transaction, whoever recorded the increase.
  return { ok: true, refundedAmount: change?.after.refundedAmount ?? order.refundedAmount, stripeRefundId: refund.id };
}
