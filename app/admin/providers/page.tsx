import type { Metadata } from "next";
import Link from "next/link";
import { formatMoneyTotals } from "@/components/admin/format";
import { ActionForm } from "@/components/forms/action-form";
import { Badge } from "@/components/ui/badge";
import { Card } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { Field, fieldClasses } from "@/components/ui/input";
import { getDb } from "@/db";
import { listProviders, type ProviderRow } from "@/lib/admin/list-providers";
import { requireAdmin } from "@/lib/auth/guards";
import { getMarketplaceSettings } from "@/lib/settings/get-marketplace-settings";
import { setProviderFeeAction, setProviderStatusAction } from "./actions";

export const metadata: Metadata = { title: "Providers" };
export const dynamic = "force-dynamic";

const statusTone = { approved: "success", pending: "warning", suspended: "danger" } as const;

function stripeStatus(p: ProviderRow): { label: string; tone: "success" | "warning" | "neutral" } {
  if (!p.stripeAccountId) return { label: "Not connected", tone: "neutral" };
  if (p.chargesEnabled && p.payoutsEnabled) return { label: "Charges and payouts on", tone: "success" };
  return { label: p.chargesEnabled ? "Payouts off" : "Onboarding unfinished", tone: "warning" };
}

const percent = (bps: number) => `${(bps / 100).toFixed(bps % 100 === 0 ? 0 : 2)}%`;

export default async function AdminProvidersPage() {
  const actor = await requireAdmin("/admin/providers");
  const db = await getDb();
  const [providers, settings] = await Promise.all([listProviders(db, { actor }), getMarketplaceSettings(db)]);
  return (
    <div className="space-y-6">
      <h1 className="text-3xl font-bold tracking-tight">Providers</h1>
      <p className="text-sm text-slate-700">
        Suspending a provider takes its courses out of the catalog and search at once; learners already enrolled keep their access.
        The marketplace fee is {percent(settings.platformFeeBps)} unless a provider has its own.
      </p>
      {providers.length === 0 ? (
        <EmptyState title="No providers yet">Approved applications become providers.</EmptyState>
      ) : (
        <ul className="space-y-4">
          {providers.map((p) => {
            const stripe = stripeStatus(p);
            return (
              <li key={p.id}>
                <Card className="space-y-4 p-6" aria-label={p.name}>
                  <div className="flex flex-wrap items-start justify-between gap-4">
                    <div className="space-y-1">
                      <h2 className="text-lg font-semibold">
                        {p.status === "approved" ? <Link href={`/providers/${p.slug}`} className="hover:underline">{p.name}</Link> : p.name}
                      </h2>
                      <p className="space-x-1">
                        <Badge tone={statusTone[p.status]}>{p.status}</Badge>
                        <Badge tone={stripe.tone}>Stripe: {stripe.label}</Badge>
                      </p>
                    </div>
                    <dl className="grid grid-cols-3 gap-x-6 text-sm">
                      <div>
                        <dt className="text-slate-600">Courses</dt>
                        <dd className="font-medium tabular-nums">{p.courseCount} ({p.publishedCount} published)</dd>
                      </div>
                      <div>
                        <dt className="text-slate-600">Paid orders</dt>
                        <dd className="font-medium tabular-nums">{p.paidOrders}</dd>
                      </div>
                      <div>
                        <dt className="text-slate-600">Sales (net of refunds)</dt>
                        <dd className="font-medium tabular-nums">{formatMoneyTotals(p.sales)}</dd>
                      </div>
                    </dl>
                  </div>
                  <div className="grid gap-4 md:grid-cols-2">
                    {p.status === "pending" ? (
                      <p className="text-sm text-slate-700">Pending providers are decided in Applications.</p>
                    ) : (
                      <ActionForm
                        action={setProviderStatusAction}
                        submitLabel={p.status === "suspended" ? "Reinstate provider" : "Suspend provider"}
                        pendingLabel="Saving…"
                        variant={p.status === "suspended" ? "primary" : "danger"}
                        labels={{ reason: "Reason" }}
                      >
                        <input type="hidden" name="providerId" value={p.id} />
                        <input type="hidden" name="decision" value={p.status === "suspended" ? "reinstate" : "suspend"} />
                        <Field id={`status-${p.id}`} label="Reason (recorded)">
                          <textarea id={`status-${p.id}`} name="reason" rows={2} className={fieldClasses} />
                        </Field>
                      </ActionForm>
                    )}
                    <ActionForm action={setProviderFeeAction} submitLabel="Save fee" pendingLabel="Saving…" variant="secondary" labels={{ feePercent: "Fee", reason: "Reason" }}>
                      <input type="hidden" name="providerId" value={p.id} />
                      <Field
                        id={`fee-${p.id}`}
                        label="Platform fee for this provider (%)"
                        hint={`Leave empty to use the marketplace fee (${percent(settings.platformFeeBps)}). Applies to new orders only.`}
                      >
                        <input
                          id={`fee-${p.id}`}
                          name="feePercent"
                          inputMode="decimal"
                          defaultValue={p.platformFeeBps === null ? "" : String(p.platformFeeBps / 100)}
                          aria-describedby={`fee-${p.id}-hint`}
                          className={fieldClasses}
                        />
                      </Field>
                      <Field id={`fee-reason-${p.id}`} label="Reason (recorded)">
                        <input id={`fee-reason-${p.id}`} name="reason" className={fieldClasses} />
                      </Field>
                    </ActionForm>
                  </div>
                </Card>
              </li>
            );
          })}
        </ul>
      )}
    </div>
  );
}
