import { eq } from "drizzle-orm";
import type Stripe from "stripe";
import { z } from "zod";
import type { Db } from "@/db";
import { orders } from "@/db/schema";

const orderId = z.uuid();

/** Our order id from a Checkout Session: client_reference_id, or metadata as a fallback. */
export function orderIdFromSession(session: Pick<Stripe.Checkout.Session, "client_reference_id" | "metadata">): string | null {
  const candidate = session.client_reference_id ?? session.metadata?.order_id ?? null;
  return orderId.safeParse(candidate).success ? candidate : null;
}

/**
 * The order a charge, refund or dispute belongs to. Usually the payment intent is on
 * the order already; when its checkout.session.completed has not arrived yet (events
 * can come in any order) Stripe is asked which session made the payment intent.
 */
export async function findOrderIdByPaymentIntent(db: Db, stripe: Stripe | null, paymentIntentId: string | null): Promise<string | null> {
  if (!paymentIntentId) return null;
  const [row] = await db.select({ id: orders.id }).from(orders).where(eq(orders.stripePaymentIntentId, paymentIntentId));
  if (row) return row.id;
  if (!stripe) return null;
  const sessions = await stripe.checkout.sessions.list({ payment_intent: paymentIntentId, limit: 1 });
  const session = sessions.data[0];
  return session ? orderIdFromSession(session) : null;
}

export function idOf(value: string | { id: string } | null | undefined): string | null {
  if (!value) return null;
  return typeof value === "string" ? value : value.id;
}
