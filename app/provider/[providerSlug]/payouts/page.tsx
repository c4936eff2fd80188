import type { Metadata } from "next";
import { ActionForm } from "@/components/forms/action-form";
import { ProviderNav } from "@/components/payments/provider-nav";
import { TestModeBanner } from "@/components/test-mode-banner";
import { Badge } from "@/components/ui/badge";
import { Card } from "@/components/ui/card";
import { formatPrice } from "@/lib/catalog/format";
import { paymentsMode } from "@/lib/payments/payments-config";
import { canSellPaidCourses } from "@/lib/payments/provider-payments";
import { summarizeProviderEarnings } from "@/lib/payments/provider-sales";
import { openStripeDashboardAction, startOnboardingAction } from "../../actions";
import { loadStudioProvider } from "../load-provider";

export const metadata: Metadata = { title: "Payouts", robots: { index: false } };
export const dynamic = "force-dynamic";

type Props = { params: Promise<{ providerSlug: string }>; searchParams: Promise<{ onboarding?: string }> };

export default async function PayoutsPage({ params, searchParams }: Props) {
  const { providerSlug } = await params;
  const { onboarding } = await searchParams;
  const { db, provider, user } = await loadStudioProvider(providerSlug, "payouts");
  const earnings = await summarizeProviderEarnings(db, { actor: user, providerId: provider.id });
  const mode = paymentsMode();
  const canSell = canSellPaidCourses(provider);

  return (
    <div className="space-y-8">
      <ProviderNav slug={provider.slug} name={provider.name} current="payouts" />
      <h1 className="text-3xl font-bold tracking-tight">Payouts</h1>
      {mode === "test" ? <TestModeBanner>Stripe Connect is simulated on this machine: onboarding finishes on a local page.</TestModeBanner> : null}

      <Card className="space-y-4 p-6" aria-labelledby="stripe-heading">
        <h2 id="stripe-heading" className="text-xl font-semibold">
          Stripe account
        </h2>
        {onboarding === "return" && !canSell ? (
          <p role="status" className="text-sm text-amber-900">Stripe is still reviewing your details. This page updates as soon as Stripe tells us.</p>
        ) : null}
        <dl className="grid max-w-md grid-cols-2 gap-y-2 text-sm">
          <dt className="text-slate-600">Account</dt>
          <dd>{provider.stripeAccountId ? <span className="font-mono">{provider.stripeAccountId}</span> : "Not connected"}</dd>
          <dt className="text-slate-600">Charges</dt>
          <dd>{provider.chargesEnabled ? <Badge tone="success">Enabled</Badge> : <Badge tone="warning">Not enabled</Badge>}</dd>
          <dt className="text-slate-600">Payouts</dt>
          <dd>{provider.payoutsEnabled ? <Badge tone="success">Enabled</Badge> : <Badge tone="warning">Not enabled</Badge>}</dd>
        </dl>
        <p className="text-sm text-slate-700">
          {canSell
            ? "You can sell paid courses. Stripe pays out your share to your bank on its schedule."
            : "Paid courses can be published once Stripe lets your account take charges. Free courses work without Stripe."}
        </p>
        <div className="flex flex-wrap gap-3">
          {!provider.chargesEnabled || !provider.payoutsEnabled ? (
            <ActionForm action={startOnboardingAction} submitLabel={provider.stripeAccountId ? "Continue Stripe onboarding" : "Connect with Stripe"} pendingLabel="Opening Stripe…" className="space-y-2">
              <input type="hidden" name="providerSlug" value={provider.slug} />
            </ActionForm>
          ) : null}
          {provider.stripeAccountId && provider.detailsSubmitted ? (
            <ActionForm action={openStripeDashboardAction} submitLabel="Open Stripe dashboard" pendingLabel="Opening…" variant="secondary" className="space-y-2">
              <input type="hidden" name="providerSlug" value={provider.slug} />
            </ActionForm>
          ) : null}
        </div>
      </Card>

      <section aria-labelledby="earnings-heading" className="space-y-3">
        <h2 id="earnings-heading" className="text-xl font-semibold">
          Earnings
        </h2>
        {earnings.length === 0 ? (
          <p className="text-sm text-slate-600">No sales yet.</p>
        ) : (
          <Card className="overflow-x-auto">
            <table className="w-full text-left text-sm">
              <caption className="sr-only">Earnings per currency: gross sales, refunds, platform fees and net</caption>
              <thead className="border-b border-slate-200 text-slate-600">
                <tr>
                  <th scope="col" className="px-4 py-3 font-medium">Currency</th>
                  <th scope="col" className="px-4 py-3 text-right font-medium">Orders</th>
                  <th scope="col" className="px-4 py-3 text-right font-medium">Gross</th>
                  <th scope="col" className="px-4 py-3 text-right font-medium">Refunds</th>
                  <th scope="col" className="px-4 py-3 text-right font-medium">Platform fees</th>
                  <th scope="col" className="px-4 py-3 text-right font-medium">Net earned</th>
                </tr>
              </thead>
              <tbody className="divide-y divide-slate-100">
                {earnings.map((e) => (
                  <tr key={e.currency}>
                    <th scope="row" className="px-4 py-3 font-medium">{e.currency}</th>
                    <td className="px-4 py-3 text-right tabular-nums">{e.orders}</td>
                    <td className="px-4 py-3 text-right tabular-nums">{formatPrice(e.gross, e.currency)}</td>
                    <td className="px-4 py-3 text-right tabular-nums">−{formatPrice(e.refunds, e.currency)}</td>
                    <td className="px-4 py-3 text-right tabular-nums">−{formatPrice(e.fees, e.currency)}</td>
                    <td className="px-4 py-3 text-right font-semibold tabular-nums">{formatPrice(e.net, e.currency)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </Card>
        )}
      </section>
    </div>
  );
}
