import type Stripe from "stripe";
import type { Db } from "@/db";
import { applyDispute, disputeOutcome } from "./apply-dispute";
import { applyRefundedTotal, recordStripeRefund } from "./apply-refund";
import { closeUnpaidOrder } from "./close-order";
import { findOrderIdByPaymentIntent, idOf, orderIdFromSession } from "./find-order";
import { fulfillOrder } from "./fulfill-order";
import { syncConnectedAccount } from "./sync-connected-account";
import { updateOrderFacts } from "./update-order";

/**
 * What an event needs from Stripe, looked up BEFORE the event's transaction opens
 * (issue 15 §10): a charge, refund or dispute whose order is not linked yet is matched
 * by asking Stripe for the session of its payment intent, and that call (20 s timeout,
 * retries) must never run while the event row and the order rows are locked.
 */
export type EventContext = { orderId: string | null };

type Handler = (db: Db, context: EventContext, object: never) => Promise<void>;

async function onSessionPaid(db: Db, _context: EventContext, session: Stripe.Checkout.Session): Promise<void> {
  const orderId = orderIdFromSession(session);
  if (!orderId) return;
  const result = await fulfillOrder(db, {
    orderId,
    paymentStatus: session.payment_status,
    paymentIntentId: idOf(session.payment_intent),
    amountTotal: session.amount_total,
    currency: session.currency,
  });
  if (result.outcome === "not_paid") {
    // A delayed payment method: remember the payment intent, keep the order pending.
    await updateOrderFacts(db, orderId, () => ({ paymentIntentId: idOf(session.payment_intent) }));
  }
}

async function onSessionClosed(db: Db, as: "failed" | "expired", session: Stripe.Checkout.Session): Promise<void> {
  const orderId = orderIdFromSession(session);
  if (orderId) await closeUnpaidOrder(db, { orderId, as });
}

async function onChargeRefunded(db: Db, context: EventContext, charge: Stripe.Charge): Promise<void> {
  if (!context.orderId) return;
  await applyRefundedTotal(db, { orderId: context.orderId, refundedAmount: charge.amount_refunded, paymentIntentId: idOf(charge.payment_intent) });
}

async function onRefund(db: Db, context: EventContext, refund: Stripe.Refund): Promise<void> {
  const orderId = context.orderId;
  if (!orderId) return;
  const succeeded = await recordStripeRefund(db, {
    orderId,
    stripeRefundId: refund.id,
    amount: refund.amount,
    currency: refund.currency,
    status: refund.status ?? "pending",
    reason: refund.metadata?.reason ?? refund.reason ?? null,
  });
  await applyRefundedTotal(db, { orderId, refundedAmount: succeeded, paymentIntentId: idOf(refund.payment_intent) });
}

async function onDispute(db: Db, context: EventContext, dispute: Stripe.Dispute, closed: boolean): Promise<void> {
  if (context.orderId) await applyDispute(db, { orderId: context.orderId, status: disputeOutcome(dispute.status, closed) });
}

// One handler per event type; anything else is recorded and acknowledged.
export const stripeEventHandlers: Record<string, Handler> = {
  "checkout.session.completed": onSessionPaid as Handler,
  "checkout.session.async_payment_succeeded": onSessionPaid as Handler,
  "checkout.session.async_payment_failed": ((db: Db, _c: EventContext, session: Stripe.Checkout.Session) => onSessionClosed(db, "failed", session)) as Handler,
  "checkout.session.expired": ((db: Db, _c: EventContext, session: Stripe.Checkout.Session) => onSessionClosed(db, "expired", session)) as Handler,
  "charge.refunded": onChargeRefunded as Handler,
  "refund.created": onRefund as Handler,
  "refund.updated": onRefund as Handler,
  "refund.failed": onRefund as Handler,
  "charge.dispute.created": ((db: Db, c: EventContext, d: Stripe.Dispute) => onDispute(db, c, d, false)) as Handler,
  "charge.dispute.closed": ((db: Db, c: EventContext, d: Stripe.Dispute) => onDispute(db, c, d, true)) as Handler,
  "account.updated": (async (db: Db, _c: EventContext, account: Stripe.Account) => {
    await syncConnectedAccount(db, account);
  }) as Handler,
};

// Event types whose object carries a payment intent that names the order.
const byPaymentIntent = new Set(["charge.refunded", "refund.created", "refund.updated", "refund.failed", "charge.dispute.created", "charge.dispute.closed"]);

/** Runs before the transaction: the only place a webhook talks to Stripe. */
export async function resolveEventContext(db: Db, stripe: Stripe | null, event: Stripe.Event): Promise<EventContext> {
  if (!byPaymentIntent.has(event.type)) return { orderId: null };
  const object = event.data.object as { payment_intent?: string | { id: string } | null };
  return { orderId: await findOrderIdByPaymentIntent(db, stripe, idOf(object.payment_intent)) };
}

export async function dispatchStripeEvent(db: Db, context: EventContext, event: Stripe.Event): Promise<void> {
  const handler = stripeEventHandlers[event.type];
  if (!handler) return;
  // Linked while we asked Stripe (e.g. the session's completion landed meanwhile): the
  // database alone can tell now, without another call.
  const settled = context.orderId || !byPaymentIntent.has(event.type) ? context : await resolveEventContext(db, null, event);
  return handler(db, settled, event.data.object as never);
}
