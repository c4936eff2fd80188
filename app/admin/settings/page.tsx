import type { Metadata } from "next";
import Link from "next/link";
import { ActionForm } from "@/components/forms/action-form";
import { Card } from "@/components/ui/card";
import { Field, fieldClasses } from "@/components/ui/input";
import { getDb } from "@/db";
import { requireAdmin } from "@/lib/auth/guards";
import { getMarketplaceSettings } from "@/lib/settings/get-marketplace-settings";
import { updateSettingsAction } from "./actions";

export const metadata: Metadata = { title: "Marketplace settings" };
export const dynamic = "force-dynamic";

export default async function AdminSettingsPage() {
  await requireAdmin("/admin/settings");
  const settings = await getMarketplaceSettings(await getDb());
  return (
    <div className="space-y-6">
      <h1 className="text-3xl font-bold tracking-tight">Marketplace settings</h1>
      <p className="max-w-2xl text-sm text-slate-700">
        These rules are stored in the database and every change is recorded in the{" "}
        <Link href="/admin/audit?action=settings.update" className="text-brand-700 underline">audit log</Link> with the values before and after.
        Orders keep the fee they were bought with.
      </p>
      <Card className="max-w-xl p-6">
        <ActionForm
          action={updateSettingsAction}
          submitLabel="Save settings"
          pendingLabel="Saving…"
          labels={{ platformFeePercent: "Platform fee", refundWindowDays: "Refund window", checkoutExpiryMinutes: "Checkout expiry", reason: "Reason" }}
        >
          <Field id="platformFeePercent" label="Platform fee (%)" hint="Share of each sale the marketplace keeps, unless a provider has its own fee (Providers).">
            <input
              id="platformFeePercent"
              name="platformFeePercent"
              inputMode="decimal"
              required
              defaultValue={String(settings.platformFeeBps / 100)}
              aria-describedby="platformFeePercent-hint"
              className={fieldClasses}
            />
          </Field>
          <Field id="refundWindowDays" label="Refund window (days)" hint="How long after buying a learner may ask for a refund (0–365).">
            <input
              id="refundWindowDays"
              name="refundWindowDays"
              type="number"
              min={0}
              max={365}
              required
              defaultValue={settings.refundWindowDays}
              aria-describedby="refundWindowDays-hint"
              className={fieldClasses}
            />
          </Field>
          <Field id="checkoutExpiryMinutes" label="Checkout expiry (minutes)" hint="How long a learner's Stripe payment page stays open (30–1440).">
            <input
              id="checkoutExpiryMinutes"
              name="checkoutExpiryMinutes"
              type="number"
              min={30}
              max={1440}
              required
              defaultValue={settings.checkoutExpiryMinutes}
              aria-describedby="checkoutExpiryMinutes-hint"
              className={fieldClasses}
            />
          </Field>
          <Field id="settings-reason" label="Reason for the change (recorded)">
            <textarea id="settings-reason" name="reason" rows={2} required className={fieldClasses} />
          </Field>
        </ActionForm>
      </Card>
    </div>
  );
}
