// Pending orders made straight in the database (as a checkout on any instance leaves
// them; Stripe itself is unreachable here) and the signed events that pay them.
import { and, eq, gt, inArray, sql } from "drizzle-orm";
import Stripe from "stripe";
import type { Db } from "@/db";
import { courses, enrollments, mailDeliveries, orders, stripeEvents, users } from "@/db/schema";

const signer = new Stripe("sk_test_scale_signer");

export async function makePendingOrders(db: Db, input: { runId: string; count: number; tag: string }) {
  const paid = await db
    .select({ id: courses.id, providerId: courses.providerId, amount: courses.priceAmount, currency: courses.currency })
    .from(courses)
    .where(and(eq(courses.status, "published"), gt(courses.priceAmount, 0)))
    .limit(40);
  const buyers = await db
    .insert(users)
    .values(Array.from({ length: input.count }, (_, i) => ({ email: `${input.tag}-${input.runId}-${i}@scale.test`, name: `Buyer ${i}` })))
    .returning({ id: users.id });
  return db
    .insert(orders)
    .values(
      buyers.map((b, i) => {
        const c = paid[i % paid.length]!;
        return { userId: b.id, courseId: c.id, providerId: c.providerId, amount: c.amount, currency: c.currency, platformFeeBps: 2000, platformFeeAmount: Math.round(c.amount / 5), stripeCheckoutSessionId: `cs_${input.tag}_${input.runId}_${i}` };
      }),
    )
    .returning();
}

export function paidEvent(order: { id: string; amount: number; currency: string; stripeCheckoutSessionId: string | null }, eventId: string): string {
  return JSON.stringify({
    id: eventId,
    object: "event",
    type: "checkout.session.completed",
    api_version: "2026-10-28.endive",
    created: Math.floor(Date.now() / 1000),
    livemode: false,
    data: {
      object: {
        id: order.stripeCheckoutSessionId,
        object: "checkout.session",
        mode: "payment",
        status: "complete",
        payment_status: "paid",
        client_reference_id: order.id,
        amount_total: order.amount,
        currency: order.currency.toLowerCase(),
        payment_intent: `pi_${eventId}`,
        metadata: { order_id: order.id },
      },
    },
  });
}

/** Delivers like Stripe does: a non-2xx (or a dropped connection) is sent again, up to `attempts` times. */
export async function deliverEvent(baseUrl: string, secret: string, payload: string, attempts = 8): Promise<{ status: number; tries: number; servedBy: string | null }> {
  for (let tries = 1; ; tries++) {
    try {
      const response = await fetch(`${baseUrl}/api/stripe/webhook`, {
        method: "POST",
        headers: { "content-type": "application/json", "stripe-signature": signer.webhooks.generateTestHeaderString({ payload, secret }) },
        body: payload,
      });
      await response.arrayBuffer();
      if (response.ok || tries >= attempts) return { status: response.status, tries, servedBy: response.headers.get("x-served-by") };
    } catch (error) {
      if (tries >= attempts) throw error;
    }
    await new Promise((r) => setTimeout(r, 250 * tries));
  }
}

/** Paid exactly once: status, one enrollment, one recorded event per order, one delivered receipt. */
export async function orderOutcome(db: Db, orderIds: string[]) {
  const count = (rows: { n: string | number }[]) => Number(rows[0]?.n ?? 0);
  const n = sql<string>`count(*)`;
  return {
    paid: count(await db.select({ n }).from(orders).where(and(inArray(orders.id, orderIds), eq(orders.status, "paid")))),
    enrollments: count(await db.select({ n }).from(enrollments).where(inArray(enrollments.orderId, orderIds))),
    receiptsMarked: count(await db.select({ n }).from(orders).where(and(inArray(orders.id, orderIds), sql`${orders.receiptSentAt} is not null`))),
    receiptsDelivered: count(await db.select({ n }).from(mailDeliveries).where(inArray(mailDeliveries.key, orderIds.map((id) => `receipt:${id}`)))),
    events: count(await db.select({ n }).from(stripeEvents).where(inArray(stripeEvents.id, orderIds.map((id) => `evt_${id}`)))),
  };
}
