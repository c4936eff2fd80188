import type { Metadata } from "next";
import Link from "next/link";
import { adminDate, queryString } from "@/components/admin/format";
import { OrderStatusBadge } from "@/components/order-status-badge";
import { Button, ButtonLink } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { Field, Input, Select } from "@/components/ui/input";
import { Pagination } from "@/components/ui/pagination";
import { getDb } from "@/db";
import { orderStatus } from "@/db/schema";
import { PAGE_SIZE } from "@/lib/admin/admin-inputs";
import { orderFiltersSchema, searchOrders } from "@/lib/admin/search-orders";
import { requireAdmin } from "@/lib/auth/guards";
import { formatPrice } from "@/lib/catalog/format";

export const metadata: Metadata = { title: "Orders" };
export const dynamic = "force-dynamic";

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function AdminOrdersPage({ searchParams }: Props) {
  const actor = await requireAdmin("/admin/orders");
  const raw = Object.fromEntries(Object.entries(await searchParams).map(([k, v]) => [k, Array.isArray(v) ? v[0] : v]));
  const filters = orderFiltersSchema.parse(raw);
  const { rows, total } = await searchOrders(await getDb(), { actor, filters });
  const { page, ...rest } = filters;
  const filtered = Object.values(rest).some(Boolean);
  return (
    <div className="space-y-6">
      <h1 className="text-3xl font-bold tracking-tight">Orders</h1>
      <form method="get" role="search" aria-label="Orders" className="grid gap-3 sm:grid-cols-2 lg:grid-cols-4">
        <Field id="o-learner" label="Learner (name or email)">
          <Input id="o-learner" name="learner" defaultValue={filters.learner ?? ""} />
        </Field>
        <Field id="o-course" label="Course (title or slug)">
          <Input id="o-course" name="course" defaultValue={filters.course ?? ""} />
        </Field>
        <Field id="o-status" label="Status">
          <Select id="o-status" name="status" defaultValue={filters.status ?? ""}>
            <option value="">Any status</option>
            {orderStatus.enumValues.map((s) => (
              <option key={s} value={s}>{s.replace("_", " ")}</option>
            ))}
          </Select>
        </Field>
        <Field id="o-stripe" label="Stripe id or order id">
          <Input id="o-stripe" name="stripe" defaultValue={filters.stripe ?? ""} placeholder="pi_… or cs_…" />
        </Field>
        <Field id="o-from" label="Created from">
          <Input id="o-from" name="from" type="date" defaultValue={filters.from ?? ""} />
        </Field>
        <Field id="o-to" label="Created until">
          <Input id="o-to" name="to" type="date" defaultValue={filters.to ?? ""} />
        </Field>
        <div className="flex items-end gap-2">
          <Button type="submit" variant="secondary">Search</Button>
          {filtered ? <ButtonLink href="/admin/orders" variant="ghost">Clear</ButtonLink> : null}
        </div>
      </form>
      <p className="text-sm text-slate-600" aria-live="polite">
        {total.toLocaleString("en-US")} {total === 1 ? "order" : "orders"}
      </p>
      {rows.length === 0 ? (
        <EmptyState title="No orders found">{filtered ? "Nothing matches these filters." : "Orders appear here once learners buy courses."}</EmptyState>
      ) : (
        <Card className="overflow-x-auto">
          <table className="w-full text-left text-sm">
            <caption className="sr-only">Orders, newest first</caption>
            <thead className="border-b border-slate-200 text-slate-600">
              <tr>
                <th scope="col" className="px-4 py-3 font-medium">Created</th>
                <th scope="col" className="px-4 py-3 font-medium">Learner</th>
                <th scope="col" className="px-4 py-3 font-medium">Course</th>
                <th scope="col" className="px-4 py-3 font-medium">Provider</th>
                <th scope="col" className="px-4 py-3 text-right font-medium">Amount</th>
                <th scope="col" className="px-4 py-3 text-right font-medium">Refunded</th>
                <th scope="col" className="px-4 py-3 font-medium">Status</th>
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-100">
              {rows.map((o) => (
                <tr key={o.id}>
                  <td className="whitespace-nowrap px-4 py-3">
                    <Link href={`/admin/orders/${o.id}`} className="font-medium text-brand-700 hover:underline" aria-label={`Order of ${o.learnerEmail} for ${o.courseTitle}, ${adminDate.format(o.createdAt)}`}>
                      {adminDate.format(o.createdAt)}
                    </Link>
                  </td>
                  <td className="px-4 py-3">{o.learnerEmail}</td>
                  <td className="px-4 py-3">{o.courseTitle}</td>
                  <td className="px-4 py-3">{o.providerName}</td>
                  <td className="px-4 py-3 text-right tabular-nums">{formatPrice(o.amount, o.currency)}</td>
                  <td className="px-4 py-3 text-right tabular-nums">{o.refundedAmount > 0 ? formatPrice(o.refundedAmount, o.currency) : "—"}</td>
                  <td className="px-4 py-3"><OrderStatusBadge status={o.status} /></td>
                </tr>
              ))}
            </tbody>
          </table>
        </Card>
      )}
      <Pagination page={page} pageCount={Math.ceil(total / PAGE_SIZE)} hrefFor={(p) => `/admin/orders${queryString({ ...rest, page: p })}`} label="Order pages" />
    </div>
  );
}
