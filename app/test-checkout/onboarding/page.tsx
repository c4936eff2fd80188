import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { ActionForm } from "@/components/forms/action-form";
import { TestModeBanner } from "@/components/test-mode-banner";
import { Card } from "@/components/ui/card";
import { requireUser } from "@/lib/auth/guards";
import { getPayments } from "@/lib/payments/payments-config";
import { completeTestOnboardingAction } from "../actions";

export const metadata: Metadata = { title: "Test Stripe onboarding", robots: { index: false } };
export const dynamic = "force-dynamic";

type Props = { searchParams: Promise<{ account?: string; return_url?: string; dashboard?: string }> };

// Stands in for Stripe-hosted Connect onboarding (and the Express dashboard) in local test mode.
export default async function TestOnboardingPage({ searchParams }: Props) {
  const query = await searchParams;
  await requireUser("/provider");
  const payments = await getPayments();
  if (payments.mode !== "test" || !query.account) notFound();
  const account = payments.fake.accounts.get(query.account);
  if (!account) notFound();

  return (
    <div className="mx-auto max-w-lg space-y-6 py-6">
      <TestModeBanner>This page simulates Stripe Connect. Finishing sends a signed account.updated event to this server&apos;s webhook.</TestModeBanner>
      <Card className="space-y-4 p-6">
        <h1 className="text-2xl font-bold">{query.dashboard ? "Stripe Express dashboard (simulated)" : "Set up payouts with Stripe (simulated)"}</h1>
        <dl className="grid grid-cols-2 gap-y-1 text-sm">
          <dt className="text-slate-600">Account</dt>
          <dd className="font-mono">{String(account.id)}</dd>
          <dt className="text-slate-600">Charges</dt>
          <dd>{account.charges_enabled ? "enabled" : "not yet"}</dd>
          <dt className="text-slate-600">Payouts</dt>
          <dd>{account.payouts_enabled ? "enabled" : "not yet"}</dd>
        </dl>
        {!query.dashboard && query.return_url ? (
          <ActionForm action={completeTestOnboardingAction} submitLabel="Submit business details" pendingLabel="Submitting…">
            <input type="hidden" name="account" value={String(account.id)} />
            <input type="hidden" name="returnUrl" value={query.return_url} />
          </ActionForm>
        ) : null}
      </Card>
    </div>
  );
}
