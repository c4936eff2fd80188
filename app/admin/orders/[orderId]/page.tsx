import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { z } from "zod";
import { adminDateTime } from "@/components/admin/format";
import { ActionForm } from "@/components/forms/action-form";
import { OrderStatusBadge } from "@/components/order-status-badge";
import { Badge } from "@/components/ui/badge";
import { Card } from "@/components/ui/card";
import { Field, fieldClasses } from "@/components/ui/input";
import { getDb } from "@/db";
import { getOrderDetail } from "@/lib/admin/get-order-detail";
import { requireAdmin } from "@/lib/auth/guards";
import { formatPrice, toMajorUnits } from "@/lib/catalog/format";
import { refundOrderAction } from "../actions";

export const metadata: Metadata = { title: "Order" };
export const dynamic = "force-dynamic";

type Props = { params: Promise<{ orderId: string }> };

const minorDigits = (currency: string) => new Intl.NumberFormat("en-US", { style: "currency", currency }).resolvedOptions().maximumFractionDigits ?? 2;

export default async function AdminOrderPage({ params }: Props) {
  const { orderId } = await params;
  const actor = await requireAdmin(`/admin/orders/${orderId}`);
  if (!z.uuid().safeParse(orderId).success) notFound();
  const detail = await getOrderDetail(await getDb(), { actor, orderId });
  if (!detail) notFound();
  const { order, learner, course, provider, refunds, enrollment, history } = detail;
  const remaining = order.amount - order.refundedAmount;
  const refundable = Boolean(order.paidAt && order.stripePaymentIntentId) && remaining > 0;
  const facts: [string, React.ReactNode][] = [
    ["Learner", <Link key="l" href={`/admin/users/${learner.id}`} className="text-brand-700 hover:underline">{learner.name ?? learner.email} ({learner.email})</Link>],
    ["Course", <Link key="c" href={`/courses/${course.slug}`} className="text-brand-700 hover:underline">{course.title}</Link>],
    ["Provider", provider.name],
    ["Amount", formatPrice(order.amount, order.currency)],
    ["Platform fee", `${formatPrice(order.platformFeeAmount, order.currency)} (${order.platformFeeBps / 100}%)`],
    ["Refunded", order.refundedAmount > 0 ? formatPrice(order.refundedAmount, order.currency) : "—"],
    ["Created", adminDateTime.format(order.createdAt)],
    ["Paid", order.paidAt ? adminDateTime.format(order.paidAt) : "—"],
    ["Access", enrollment ? <Badge key="a" tone={enrollment.status === "active" ? "success" : "neutral"}>{enrollment.status}</Badge> : "none"],
    ["Stripe checkout session", order.stripeCheckoutSessionId ?? "—"],
    ["Stripe payment intent", order.stripePaymentIntentId ?? "—"],
  ];

  return (
    <div className="space-y-8">
      <header className="space-y-2">
        <p className="text-sm">
          <Link href="/admin/orders" className="text-brand-700 hover:underline">← Orders</Link>
        </p>
        <h1 className="text-3xl font-bold tracking-tight">Order for {course.title}</h1>
        <p className="flex items-center gap-2 text-sm text-slate-700">
          <OrderStatusBadge status={order.status} /> <span className="font-mono text-xs">{order.id}</span>
        </p>
      </header>

      <Card className="p-6">
        <dl className="grid gap-x-6 gap-y-3 text-sm sm:grid-cols-2">
          {facts.map(([label, value]) => (
            <div key={label}>
              <dt className="text-slate-600">{label}</dt>
              <dd className="break-all font-medium">{value}</dd>
            </div>
          ))}
        </dl>
      </Card>

      <section aria-labelledby="refund-heading" className="space-y-3">
        <h2 id="refund-heading" className="text-xl font-semibold">Refund</h2>
        {refundable ? (
          <Card className="max-w-xl p-4">
            <ActionForm action={refundOrderAction} submitLabel="Refund" pendingLabel="Refunding…" variant="danger" labels={{ amount: "Amount", reason: "Reason" }}>
              <input type="hidden" name="orderId" value={order.id} />
              <input type="hidden" name="digits" value={minorDigits(order.currency)} />
              <p className="text-sm text-slate-700">
                Up to {formatPrice(remaining, order.currency)} can be refunded. A full refund ends the learner&apos;s access; the provider&apos;s transfer and the
                platform fee are reversed in proportion.
              </p>
              <Field id="refund-amount" label={`Amount in ${order.currency} (empty = everything left)`} hint={`For example ${toMajorUnits(remaining, order.currency)}`}>
                <input id="refund-amount" name="amount" inputMode="decimal" aria-describedby="refund-amount-hint" className={fieldClasses} />
              </Field>
              <Field id="refund-reason" label="Reason (recorded, and kept with the refund)">
                <textarea id="refund-reason" name="reason" rows={2} className={fieldClasses} />
              </Field>
            </ActionForm>
          </Card>
        ) : (
          <p role="status" className="text-sm text-slate-700">
            {order.paidAt ? "Refunded in full: nothing is left to refund." : "This order was never paid, so there is nothing to refund."}
          </p>
        )}
        {refunds.length > 0 ? (
          <Card className="overflow-x-auto">
            <table className="w-full text-left text-sm">
              <caption className="sr-only">Refunds of this order</caption>
              <thead className="border-b border-slate-200 text-slate-600">
                <tr>
                  <th scope="col" className="px-4 py-3 font-medium">When</th>
                  <th scope="col" className="px-4 py-3 text-right font-medium">Amount</th>
                  <th scope="col" className="px-4 py-3 font-medium">Stripe status</th>
                  <th scope="col" className="px-4 py-3 font-medium">Reason</th>
                </tr>
              </thead>
              <tbody className="divide-y divide-slate-100">
                {refunds.map((r) => (
                  <tr key={r.id}>
                    <td className="whitespace-nowrap px-4 py-3">{adminDateTime.format(r.createdAt)}</td>
                    <td className="px-4 py-3 text-right tabular-nums">{formatPrice(r.amount, r.currency.toUpperCase())}</td>
                    <td className="px-4 py-3">{r.status}</td>
                    <td className="px-4 py-3">{r.reason ?? "—"}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </Card>
        ) : null}
      </section>

      <section aria-labelledby="history-heading" className="space-y-3">
        <h2 id="history-heading" className="text-xl font-semibold">History</h2>
        {history.length === 0 ? (
          <p className="text-sm text-slate-700">No actions recorded on this order.</p>
        ) : (
          <ul className="space-y-1 text-sm">
            {history.map((h) => (
              <li key={h.id}>
                {adminDateTime.format(h.createdAt)} · <span className="font-medium">{h.action}</span> by {h.actorEmail ?? "the system"}
                {h.reason ? ` — ${h.reason}` : ""}
              </li>
            ))}
          </ul>
        )}
      </section>
    </div>
  );
}
