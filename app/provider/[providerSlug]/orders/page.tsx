import type { Metadata } from "next";
import { OrderStatusBadge } from "@/components/order-status-badge";
import { ProviderNav } from "@/components/payments/provider-nav";
import { RefundRequestList } from "@/components/payments/refund-request-list";
import { Card } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { formatPrice } from "@/lib/catalog/format";
import { listPendingRefundRequests, listProviderOrders } from "@/lib/payments/provider-sales";
import { decideRefundAction } from "../../actions";
import { loadStudioProvider } from "../load-provider";

export const metadata: Metadata = { title: "Orders", robots: { index: false } };
export const dynamic = "force-dynamic";

const when = new Intl.DateTimeFormat("en-US", { dateStyle: "medium" });

type Props = { params: Promise<{ providerSlug: string }>; searchParams: Promise<{ decided?: string }> };

export default async function ProviderOrdersPage({ params, searchParams }: Props) {
  const { providerSlug } = await params;
  const { decided } = await searchParams;
  const { db, provider, user } = await loadStudioProvider(providerSlug, "orders");
  const [requests, rows] = await Promise.all([
    listPendingRefundRequests(db, { actor: user, providerId: provider.id }),
    listProviderOrders(db, { actor: user, providerId: provider.id }),
  ]);

  return (
    <div className="space-y-8">
      <ProviderNav slug={provider.slug} name={provider.name} current="orders" />
      <h1 className="text-3xl font-bold tracking-tight">Orders &amp; refunds</h1>
      <section aria-labelledby="requests-heading" className="space-y-3">
        <h2 id="requests-heading" className="text-xl font-semibold">
          Refund requests {requests.length > 0 ? <span className="text-slate-600">({requests.length})</span> : null}
        </h2>
        <RefundRequestList requests={requests} action={decideRefundAction} returnTo={`/provider/${provider.slug}/orders`} decided={decided} />
      </section>
      <section aria-labelledby="orders-heading" className="space-y-3">
        <div className="flex flex-wrap items-center justify-between gap-2">
          <h2 id="orders-heading" className="text-xl font-semibold">
            Orders
          </h2>
          <a href={`/provider/${provider.slug}/export/orders.csv`} className="text-sm font-medium text-brand-700 hover:underline" download>
            Download orders (CSV)
          </a>
        </div>
        {rows.length === 0 ? (
          <EmptyState title="No sales yet">Paid orders appear here with the platform fee and your net.</EmptyState>
        ) : (
          <Card className="overflow-x-auto">
            <table className="w-full text-left text-sm">
              <caption className="sr-only">Orders, newest first: gross, platform fee and your net per order</caption>
              <thead className="border-b border-slate-200 text-slate-600">
                <tr>
                  <th scope="col" className="px-4 py-3 font-medium">Date</th>
                  <th scope="col" className="px-4 py-3 font-medium">Learner</th>
                  <th scope="col" className="px-4 py-3 font-medium">Course</th>
                  <th scope="col" className="px-4 py-3 text-right font-medium">Gross</th>
                  <th scope="col" className="px-4 py-3 text-right font-medium">Fee</th>
                  <th scope="col" className="px-4 py-3 text-right font-medium">Refunded</th>
                  <th scope="col" className="px-4 py-3 text-right font-medium">Net</th>
                  <th scope="col" className="px-4 py-3 font-medium">Status</th>
                </tr>
              </thead>
              <tbody className="divide-y divide-slate-100">
                {rows.map((o) => (
                  <tr key={o.id}>
                    <td className="whitespace-nowrap px-4 py-3">{o.paidAt ? when.format(o.paidAt) : "—"}</td>
                    <td className="px-4 py-3">{o.learnerName ?? o.learnerEmail}</td>
                    <td className="px-4 py-3">{o.courseTitle}</td>
                    <td className="px-4 py-3 text-right tabular-nums">{formatPrice(o.amount, o.currency)}</td>
                    <td className="px-4 py-3 text-right tabular-nums">−{formatPrice(o.feeKept, o.currency)}</td>
                    <td className="px-4 py-3 text-right tabular-nums">{o.refundedAmount > 0 ? `−${formatPrice(o.refundedAmount, o.currency)}` : "—"}</td>
                    <td className="px-4 py-3 text-right font-medium tabular-nums">{formatPrice(o.net, o.currency)}</td>
                    <td className="px-4 py-3"><OrderStatusBadge status={o.status} /></td>
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
