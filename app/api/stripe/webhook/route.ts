import { getDb } from "@/db";
import { handleStripeWebhook } from "@/lib/payments/handle-stripe-webhook";
import { getPayments } from "@/lib/payments/payments-config";

export const dynamic = "force-dynamic";

// Stripe → us. The body must stay exactly as sent for the signature check, so it is
// read as text and parsed only after verification (lib/payments/handle-stripe-webhook).
export async function POST(request: Request) {
  const rawBody = await request.text();
  const payments = await getPayments();
  const db = await getDb();
  const result = await handleStripeWebhook(
    {
      db,
      stripe: payments.mode === "disabled" ? null : payments.stripe,
      webhookSecrets: payments.mode === "disabled" ? [] : payments.webhookSecrets,
    },
    rawBody,
    request.headers.get("stripe-signature"),
  );
  return Response.json(result.body, { status: result.status, headers: { "Cache-Control": "no-store" } });
}
