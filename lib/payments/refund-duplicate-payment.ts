import { and, eq, isNotNull } from "drizzle-orm";
import type Stripe from "stripe";
import type { Db } from "@/db";
import { orders } from "@/db/schema";
import { recordAudit } from "@/lib/audit/record-audit";
import { applyRefundedTotal, recordStripeRefund } from "./apply-refund";
import { accessForOrder } from "./order-state";

export type DuplicateRefundOutcome = "refunded" | "kept" | "not_flagged" | "stripe_error";

const REASON = "Automatic refund: the learner paid twice for the same course.";

/**
 * Refunds a payment that updateOrderFacts flagged as a duplicate (duplicate_of_order_id),
 * after the flagging transaction committed: never with a row lock held while Stripe
 * answers. If the original order no longer gives access (refunded meanwhile), the
 * duplicate is now the payment the learner's access rests on, and it is kept. Either
 * way the flag is cleared with an audit entry. Safe to run twice: the Stripe idempotency
 * key makes a retried refund the same refund.
 */
export async function refundDuplicatePayment(db: Db, stripe: Stripe, input: { orderId: string }): Promise<DuplicateRefundOutcome> {
  const [order] = await db.select().from(orders).where(eq(orders.id, input.orderId));
  if (!order?.duplicateOfOrderId) return "not_flagged";
  const [original] = await db.select().from(orders).where(eq(orders.id, order.duplicateOfOrderId));
  const remaining = order.amount - order.refundedAmount;
  if (!original || accessForOrder(original.status) !== "active" || remaining <= 0 || !order.stripePaymentIntentId) {
    await clearFlag(db, order.id, remaining <= 0 ? "refunded" : "kept", null);
    return remaining <= 0 ? "refunded" : "kept";
  }
  let refund: Stripe.Refund;
  try {
    refund = await stripe.refunds.create(
      {
        payment_intent: order.stripePaymentIntentId,
        amount: remaining,
        reverse_transfer: true,
        refund_application_fee: true,
        metadata: { order_id: order.id, reason: REASON, duplicate_of: original.id },
      },
      { idempotencyKey: `duplicate-refund-${order.id}` },
    );
  } catch (error) {
    console.error(`[payments] automatic refund of duplicate order ${order.id} failed; the job retries it`, error);
    return "stripe_error";
  }
  const succeeded = await recordStripeRefund(db, {
    orderId: order.id,
    stripeRefundId: refund.id,
    amount: refund.amount,
    currency: refund.currency,
    status: refund.status ?? "pending",
    reason: REASON,
  });
  await applyRefundedTotal(db, { orderId: order.id, refundedAmount: succeeded });
  await clearFlag(db, order.id, "refunded", refund.id);
  return "refunded";
}

async function clearFlag(db: Db, orderId: string, outcome: "refunded" | "kept", stripeRefundId: string | null) {
  await db.transaction(async (tx) => {
    const [cleared] = await tx
      .update(orders)
      .set({ duplicateOfOrderId: null })
      .where(and(eq(orders.id, orderId), isNotNull(orders.duplicateOfOrderId)))
      .returning({ id: orders.id });
    if (!cleared) return;
    await recordAudit(tx, {
      actorId: null,
      action: outcome === "refunded" ? "order.duplicate_refund" : "order.duplicate_kept",
      targetType: "order",
      targetId: orderId,
      after: { outcome, stripeRefundId },
      reason: outcome === "refunded" ? REASON : "The original order no longer gives access; this payment is kept.",
    });
  });
}
