import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { ActionForm } from "@/components/forms/action-form";
import { TestModeBanner } from "@/components/test-mode-banner";
import { Card } from "@/components/ui/card";
import { getDb } from "@/db";
import { requireUser } from "@/lib/auth/guards";
import { formatPrice } from "@/lib/catalog/format";
import { getPayments } from "@/lib/payments/payments-config";
import { loadTestCheckoutSession } from "@/lib/payments/test-checkout";
import { payTestSessionAction, settleTestPaymentAction } from "../actions";

export const metadata: Metadata = { title: "Test checkout", robots: { index: false } };
export const dynamic = "force-dynamic";

// Stands in for Stripe's hosted checkout when no Stripe keys are configured. It
// exists only in local test mode (see lib/payments/payments-config.ts).
export default async function TestCheckoutPage({ params }: { params: Promise<{ sessionId: string }> }) {
  const { sessionId } = await params;
  const user = await requireUser(`/test-checkout/${sessionId}`);
  const payments = await getPayments();
  if (payments.mode !== "test") notFound();
  // Another learner's session does not exist for this visitor (no buyer email, no pay button).
  const session = await loadTestCheckoutSession(await getDb(), payments.fake, { sessionId, userId: user.id });
  if (!session) notFound();
  const amount = formatPrice(Number(session.amount_total), String(session.currency).toUpperCase());
  const processing = session.status === "complete" && session.payment_status === "unpaid";

  return (
    <div className="mx-auto max-w-lg space-y-6 py-6">
      <TestModeBanner>
        Microcred is running without Stripe keys. This page simulates Stripe Checkout; paying here sends a signed event to this
        server&apos;s webhook, exactly as Stripe would.
      </TestModeBanner>
      <Card className="space-y-5 p-6">
        <header>
          <h1 className="text-2xl font-bold">Pay {amount}</h1>
          <p className="text-slate-700">{String(session.line_items_description)}</p>
          <p className="text-sm text-slate-600">Receipt to {String(session.customer_email ?? "")}</p>
        </header>
        {session.status === "open" ? (
          <div className="space-y-3">
            <ActionForm action={payTestSessionAction} submitLabel={`Pay ${amount}`} pendingLabel="Paying…">
              <input type="hidden" name="sessionId" value={sessionId} />
              <input type="hidden" name="outcome" value="paid" />
            </ActionForm>
            <ActionForm action={payTestSessionAction} submitLabel="Pay by bank debit (settles later)" pendingLabel="Submitting…" variant="secondary">
              <input type="hidden" name="sessionId" value={sessionId} />
              <input type="hidden" name="outcome" value="processing" />
            </ActionForm>
            <ActionForm action={payTestSessionAction} submitLabel="Simulate a declined card" pendingLabel="Trying…" variant="secondary">
              <input type="hidden" name="sessionId" value={sessionId} />
              <input type="hidden" name="outcome" value="declined" />
            </ActionForm>
            {session.cancel_url ? (
              <p className="text-center text-sm">
                <Link href={String(session.cancel_url)} className="text-brand-700 hover:underline">
                  Cancel and return to Microcred
                </Link>
              </p>
            ) : null}
          </div>
        ) : processing ? (
          <div className="space-y-3">
            <p className="text-sm text-slate-700">The bank debit is in progress. Decide how it ends:</p>
            <ActionForm action={settleTestPaymentAction} submitLabel="Debit clears" pendingLabel="Settling…">
              <input type="hidden" name="sessionId" value={sessionId} />
              <input type="hidden" name="succeeded" value="true" />
            </ActionForm>
            <ActionForm action={settleTestPaymentAction} submitLabel="Debit fails" pendingLabel="Settling…" variant="secondary">
              <input type="hidden" name="sessionId" value={sessionId} />
              <input type="hidden" name="succeeded" value="false" />
            </ActionForm>
          </div>
        ) : (
          <p role="status" className="text-slate-700">
            This checkout session is {String(session.status)}.
          </p>
        )}
      </Card>
    </div>
  );
}
