import Stripe from "stripe";
import type { Db } from "@/db";
import { eq } from "drizzle-orm";
import { stripeEvents } from "@/db/schema";
import { dispatchStripeEvent, resolveEventContext } from "./stripe-event-handlers";

export type WebhookDeps = {
  db: Db;
  /** For lookups some events need; null when payments are disabled. */
  stripe: Stripe | null;
  /** Signing secrets of our endpoints (platform, and Connect when configured). */
  webhookSecrets: string[];
};

export type WebhookResponse = { status: number; body: { received: boolean; duplicate?: boolean; error?: string } };

// Only used to verify signatures; never makes a request.
const verifier = new Stripe("sk_test_signature_verification_only");

export function verifyStripeEvent(rawBody: string, signature: string, secrets: string[]): Stripe.Event | null {
  for (const secret of secrets) {
    try {
      return verifier.webhooks.constructEvent(rawBody, signature, secret);
    } catch {
      // try the next endpoint's secret
    }
  }
  return null;
}

/**
 * POST /api/stripe/webhook, minus HTTP. Verifies the signature on the raw body, asks
 * Stripe whatever the event needs (outside any transaction), then in ONE transaction
 * records the event id and applies it: a replay finds the id and does nothing; a
 * failure rolls both back and answers 500 so Stripe retries. Parallel deliveries of
 * one event wait on the id's primary key and then see it.
 */
export async function handleStripeWebhook(deps: WebhookDeps, rawBody: string, signature: string | null): Promise<WebhookResponse> {
  if (!signature) return { status: 400, body: { received: false, error: "Missing Stripe-Signature header" } };
  if (deps.webhookSecrets.length === 0) return { status: 400, body: { received: false, error: "Webhooks are not configured" } };
  const event = verifyStripeEvent(rawBody, signature, deps.webhookSecrets);
  if (!event) return { status: 400, body: { received: false, error: "Invalid signature" } };

  let duplicate = false;
  try {
    // A replay we already applied needs no Stripe lookup at all.
    const [seen] = await deps.db.select({ id: stripeEvents.id }).from(stripeEvents).where(eq(stripeEvents.id, event.id)).limit(1);
    if (seen) return { status: 200, body: { received: true, duplicate: true } };
    const context = await resolveEventContext(deps.db, deps.stripe, event);
    await deps.db.transaction(async (tx) => {
      const recorded = await tx
        .insert(stripeEvents)
        .values({ id: event.id, type: event.type, livemode: event.livemode })
        .onConflictDoNothing()
        .returning({ id: stripeEvents.id });
      if (recorded.length === 0) {
        duplicate = true;
        return;
      }
      // Receipts, notices and a duplicate payment's refund are queued inside this
      // transaction (updateOrderFacts), so they exist exactly when the change commits.
      await dispatchStripeEvent(tx, context, event);
    });
  } catch (error) {
    console.error(`[stripe-webhook] ${event.type} ${event.id} failed; Stripe will retry`, error);
    return { status: 500, body: { received: false, error: "Could not process the event; please retry" } };
  }
  return { status: 200, body: { received: true, ...(duplicate ? { duplicate } : {}) } };
}
