import type { Metadata } from "next";
import Link from "next/link";
import { OrderStatusBadge } from "@/components/order-status-badge";
import { buttonClasses } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { getDb } from "@/db";
import { requireUser } from "@/lib/auth/guards";
import { formatPrice } from "@/lib/catalog/format";
import { listLearnerOrders } from "@/lib/payments/list-learner-orders";

export const metadata: Metadata = { title: "Your orders", robots: { index: false } };
export const dynamic = "force-dynamic";

const dateFormat = new Intl.DateTimeFormat("en-US", { dateStyle: "medium" });

export default async function OrdersPage() {
  const user = await requireUser("/orders");
  const rows = await listLearnerOrders(await getDb(), { userId: user.id });
  return (
    <div className="space-y-6">
      <h1 className="text-3xl font-bold tracking-tight">Your orders</h1>
      {rows.length === 0 ? (
        <EmptyState
          title="No orders yet"
          action={
            <Link href="/courses" className={buttonClasses("primary")}>
              Browse courses
            </Link>
          }
        >
          Courses you buy show up here with their receipts.
        </EmptyState>
      ) : (
        <Card className="overflow-x-auto">
          <table className="w-full text-left text-sm">
            <caption className="sr-only">Your orders, newest first</caption>
            <thead className="border-b border-slate-200 text-slate-600">
              <tr>
                <th scope="col" className="px-4 py-3 font-medium">Date</th>
                <th scope="col" className="px-4 py-3 font-medium">Course</th>
                <th scope="col" className="px-4 py-3 text-right font-medium">Amount</th>
                <th scope="col" className="px-4 py-3 font-medium">Status</th>
                <th scope="col" className="px-4 py-3"><span className="sr-only">Receipt</span></th>
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-100">
              {rows.map((o) => (
                <tr key={o.id}>
                  <td className="whitespace-nowrap px-4 py-3">{dateFormat.format(o.paidAt ?? o.createdAt)}</td>
                  <td className="px-4 py-3">
                    <span className="font-medium">{o.courseTitle}</span>
                    <span className="block text-xs text-slate-600">{o.providerName}</span>
                  </td>
                  <td className="whitespace-nowrap px-4 py-3 text-right tabular-nums">
                    {formatPrice(o.amount, o.currency)}
                    {o.refundedAmount > 0 ? <span className="block text-xs text-slate-600">−{formatPrice(o.refundedAmount, o.currency)} refunded</span> : null}
                  </td>
                  <td className="px-4 py-3"><OrderStatusBadge status={o.status} /></td>
                  <td className="px-4 py-3 text-right">
                    <Link href={`/orders/${o.id}`} className="font-medium text-brand-700 hover:underline">
                      Receipt<span className="sr-only"> for {o.courseTitle}</span>
                    </Link>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </Card>
      )}
    </div>
  );
}
