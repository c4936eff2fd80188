import { and, desc, eq, notInArray, sql } from "drizzle-orm";
import type { Db } from "@/db";
import { courses, orders, providers, refundRequests, users } from "@/db/schema";
import type { SessionUser } from "@/lib/auth/load-session-user";
import { assertCanManageProvider } from "@/lib/auth/policy";

/** The provider's share of one order after fees and refunds, in minor units. */
export function providerNet(order: { amount: number; platformFeeAmount: number; refundedAmount: number }): { feeKept: number; net: number } {
  // Refunds reverse the transfer and the application fee in proportion (refund_application_fee).
  const feeRefunded = order.amount === 0 ? 0 : Math.round((order.platformFeeAmount * order.refundedAmount) / order.amount);
  const feeKept = order.platformFeeAmount - feeRefunded;
  return { feeKept, net: order.amount - order.refundedAmount - feeKept };
}

const SOLD = ["expired", "failed", "pending"] as const;

/** Orders that took money, for the provider's sales table: members and admins only. */
export async function listProviderOrders(db: Db, input: { actor: SessionUser | null; providerId: string; limit?: number }) {
  assertCanManageProvider(input.actor, input.providerId);
  const rows = await db
    .select({
      id: orders.id,
      status: orders.status,
      amount: orders.amount,
      currency: orders.currency,
      platformFeeAmount: orders.platformFeeAmount,
      refundedAmount: orders.refundedAmount,
      paidAt: orders.paidAt,
      learnerName: users.name,
      learnerEmail: users.email,
      courseTitle: courses.title,
    })
    .from(orders)
    .innerJoin(users, eq(users.id, orders.userId))
    .innerJoin(courses, eq(courses.id, orders.courseId))
    .where(and(eq(orders.providerId, input.providerId), notInArray(orders.status, [...SOLD])))
    .orderBy(desc(orders.paidAt))
    .limit(input.limit ?? 200);
  return rows.map((r) => ({ ...r, ...providerNet(r) }));
}

export type EarningsByCurrency = { currency: string; orders: number; gross: number; fees: number; refunds: number; net: number };

/** Totals per currency, computed in SQL so they stay fast with many orders. */
export async function summarizeProviderEarnings(db: Db, input: { actor: SessionUser | null; providerId: string }): Promise<EarningsByCurrency[]> {
  assertCanManageProvider(input.actor, input.providerId);
  const feeKept = sql`${orders.platformFeeAmount} - round(${orders.platformFeeAmount}::numeric * ${orders.refundedAmount} / ${orders.amount})`;
  const rows = await db
    .select({
      currency: orders.currency,
      orders: sql<string>`count(*)`,
      gross: sql<string>`coalesce(sum(${orders.amount}), 0)`,
      fees: sql<string>`coalesce(sum(${feeKept}), 0)`,
      refunds: sql<string>`coalesce(sum(${orders.refundedAmount}), 0)`,
    })
    .from(orders)
    .where(and(eq(orders.providerId, input.providerId), notInArray(orders.status, [...SOLD])))
    .groupBy(orders.currency)
    .orderBy(orders.currency);
  return rows.map((r) => {
    const gross = Number(r.gross);
    const fees = Number(r.fees);
    const refunds = Number(r.refunds);
    return { currency: r.currency, orders: Number(r.orders), gross, fees, refunds, net: gross - refunds - fees };
  });
}

/** Open refund requests: one provider's, or (admins, no providerId) everyone's. */
export async function listPendingRefundRequests(db: Db, input: { actor: SessionUser | null; providerId?: string }) {
  if (input.providerId) assertCanManageProvider(input.actor, input.providerId);
  else if (!input.actor?.isAdmin) throw new Error("Only admins can list every provider's refund requests");
  return db
    .select({
      id: refundRequests.id,
      reason: refundRequests.reason,
      createdAt: refundRequests.createdAt,
      orderId: orders.id,
      amount: orders.amount,
      currency: orders.currency,
      paidAt: orders.paidAt,
      learnerName: users.name,
      learnerEmail: users.email,
      courseTitle: courses.title,
      providerName: providers.name,
    })
    .from(refundRequests)
    .innerJoin(orders, eq(orders.id, refundRequests.orderId))
    .innerJoin(users, eq(users.id, refundRequests.userId))
    .innerJoin(courses, eq(courses.id, orders.courseId))
    .innerJoin(providers, eq(providers.id, orders.providerId))
    .where(and(eq(refundRequests.status, "pending"), input.providerId ? eq(orders.providerId, input.providerId) : undefined))
    .orderBy(refundRequests.createdAt);
}

/** A provider by slug, for studio pages; the page then checks membership. */
export async function getProviderBySlug(db: Db, slug: string) {
  const [row] = await db.select().from(providers).where(eq(providers.slug, slug));
  return row ?? null;
}
