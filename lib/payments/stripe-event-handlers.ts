import type Stripe from "stripe";
import type { Db } from "@/db";
import { applyDispute, disputeOutcome } from "./apply-dispute";
import { applyRefundedTotal, recordStripeRefund } from "./apply-refund";
import { closeUnpaidOrder } from "./close-order";
import { findOrderIdByPaymentIntent, idOf, orderIdFromSession } from "./find-order";
import { fulfillOrder } from "./fulfill-order";
import { syncConnectedAccount } from "./sync-connected-account";
import { updateOrderFacts } from "./update-order";

/** Work to do after the event's transaction has committed (mail must not be sent for a rolled-back change). */
export type FollowUp = { kind: "receipt"; orderId: string } | { kind: "refunded"; orderId: string };

type Handler = (db: Db, stripe: Stripe | null, object: never) => Promise<FollowUp[]>;

async function onSessionPaid(db: Db, _stripe: Stripe | null, session: Stripe.Checkout.Session): Promise<FollowUp[]> {
  const orderId = orderIdFromSession(session);
  if (!orderId) return [];
  const result = await fulfillOrder(db, {
    orderId,
    paymentStatus: session.payment_status,
    paymentIntentId: idOf(session.payment_intent),
    amountTotal: session.amount_total,
    currency: session.currency,
  });
  if (result.outcome === "fulfilled") return [{ kind: "receipt", orderId }];
  if (result.outcome === "not_paid") {
    // A delayed payment method: remember the payment intent, keep the order pending.
    await updateOrderFacts(db, orderId, () => ({ paymentIntentId: idOf(session.payment_intent) }));
  }
  return [];
}

async function onSessionClosed(db: Db, as: "failed" | "expired", session: Stripe.Checkout.Session): Promise<FollowUp[]> {
  const orderId = orderIdFromSession(session);
  if (orderId) await closeUnpaidOrder(db, { orderId, as });
  return [];
}

async function onChargeRefunded(db: Db, stripe: Stripe | null, charge: Stripe.Charge): Promise<FollowUp[]> {
  const paymentIntentId = idOf(charge.payment_intent);
  const orderId = await findOrderIdByPaymentIntent(db, stripe, paymentIntentId);
  if (!orderId) return [];
  const change = await applyRefundedTotal(db, { orderId, refundedAmount: charge.amount_refunded, paymentIntentId });
  return change && change.after.refundedAmount > change.before.refundedAmount ? [{ kind: "refunded", orderId }] : [];
}

async function onRefund(db: Db, stripe: Stripe | null, refund: Stripe.Refund): Promise<FollowUp[]> {
  const paymentIntentId = idOf(refund.payment_intent);
  const orderId = await findOrderIdByPaymentIntent(db, stripe, paymentIntentId);
  if (!orderId) return [];
  const succeeded = await recordStripeRefund(db, {
    orderId,
    stripeRefundId: refund.id,
    amount: refund.amount,
    currency: refund.currency,
    status: refund.status ?? "pending",
    reason: refund.metadata?.reason ?? refund.reason ?? null,
  });
  const change = await applyRefundedTotal(db, { orderId, refundedAmount: succeeded, paymentIntentId });
  return change && change.after.refundedAmount > change.before.refundedAmount ? [{ kind: "refunded", orderId }] : [];
}

async function onDispute(db: Db, stripe: Stripe | null, dispute: Stripe.Dispute, closed: boolean): Promise<FollowUp[]> {
  const orderId = await findOrderIdByPaymentIntent(db, stripe, idOf(dispute.payment_intent));
  if (orderId) await applyDispute(db, { orderId, status: disputeOutcome(dispute.status, closed) });
  return [];
}

// One handler per event type; anything else is recorded and acknowledged.
export const stripeEventHandlers: Record<string, Handler> = {
  "checkout.session.completed": onSessionPaid as Handler,
  "checkout.session.async_payment_succeeded": onSessionPaid as Handler,
  "checkout.session.async_payment_failed": ((db: Db, _s: Stripe | null, session: Stripe.Checkout.Session) =>
    onSessionClosed(db, "failed", session)) as Handler,
  "checkout.session.expired": ((db: Db, _s: Stripe | null, session: Stripe.Checkout.Session) => onSessionClosed(db, "expired", session)) as Handler,
  "charge.refunded": onChargeRefunded as Handler,
  "refund.created": onRefund as Handler,
  "refund.updated": onRefund as Handler,
  "refund.failed": onRefund as Handler,
  "charge.dispute.created": ((db: Db, stripe: Stripe | null, d: Stripe.Dispute) => onDispute(db, stripe, d, false)) as Handler,
  "charge.dispute.closed": ((db: Db, stripe: Stripe | null, d: Stripe.Dispute) => onDispute(db, stripe, d, true)) as Handler,
  "account.updated": (async (db: Db, _s: Stripe | null, account: Stripe.Account) => {
    await syncConnectedAccount(db, account);
    return [];
  }) as Handler,
};

export async function dispatchStripeEvent(db: Db, stripe: Stripe | null, event: Stripe.Event): Promise<FollowUp[]> {
  const handler = stripeEventHandlers[event.type];
  if (!handler) return [];
  return handler(db, stripe, event.data.object as never);
}
