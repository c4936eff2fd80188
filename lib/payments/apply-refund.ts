import { and, eq, sql } from "drizzle-orm";
import type { Db } from "@/db";
import { refunds } from "@/db/schema";
import { updateOrderFacts } from "./update-order";

/**
 * Records how much of an order Stripe has refunded in total. The amount only grows,
 * so charge.refunded and refund.* events (ours or from the Dashboard), replays and
 * reorderings all agree. A refund proves the payment happened, so an order whose
 * completion event has not arrived yet is marked paid here too.
 */
export async function applyRefundedTotal(db: Db, input: { orderId: string; refundedAmount: number; paymentIntentId?: string | null }) {
  return updateOrderFacts(db, input.orderId, (facts) => ({
    paidAt: facts.paidAt ?? new Date(),
    closedAs: null,
    refundedAmount: Math.min(facts.amount, Math.max(facts.refundedAmount, input.refundedAmount)),
    paymentIntentId: input.paymentIntentId ?? null,
  }));
}

export type StripeRefundRecord = {
  orderId: string;
  stripeRefundId: string;
  amount: number;
  currency: string;
  status: string;
  reason?: string | null;
  initiatedBy?: string | null;
};

/** One row per Stripe refund, updated as its status changes; returns the succeeded total. */
export async function recordStripeRefund(db: Db, refund: StripeRefundRecord): Promise<number> {
  await db
    .insert(refunds)
    .values({ ...refund, currency: refund.currency.toUpperCase() })
    .onConflictDoUpdate({
      target: refunds.stripeRefundId,
      set: { status: refund.status, ...(refund.reason ? { reason: refund.reason } : {}) },
    });
  const [row] = await db
    .select({ total: sql<string>`coalesce(sum(${refunds.amount}), 0)` })
    .from(refunds)
    .where(and(eq(refunds.orderId, refund.orderId), eq(refunds.status, "succeeded")));
  return Number(row?.total ?? 0);
}
