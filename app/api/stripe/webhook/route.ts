import { getDb } from "@/db";
import { readLimitedText } from "@/lib/request/read-limited-body";
import { handleStripeWebhook } from "@/lib/payments/handle-stripe-webhook";
import { getPayments } from "@/lib/payments/payments-config";

export const dynamic = "force-dynamic";

// Stripe's events are a few kilobytes; anything near this is not from Stripe.
const MAX_WEBHOOK_BYTES = 512 * 1024;

// Stripe → us. The body must stay exactly as sent for the signature check, so it is
// read as text and parsed only after verification (lib/payments/handle-stripe-webhook).
export async function POST(request: Request) {
  const rawBody = await readLimitedText(request, MAX_WEBHOOK_BYTES);
  if (rawBody === null) return Response.json({ received: false, error: "Payload too large" }, { status: 413, headers: { "Cache-Control": "no-store" } });
  const payments = await getPayments();
  const db = await getDb();
  const stripe = payments.mode === "disabled" ? null : payments.stripe;
  const result = await handleStripeWebhook(
    {
      db,
      stripe,
      webhookSecrets: payments.mode === "disabled" ? [] : payments.webhookSecrets,
    },
    rawBody,
    request.headers.get("stripe-signature"),
  );
  return Response.json(result.body, { status: result.status, headers: { "Cache-Control": "no-store" } });
}
