import type { Metadata } from "next";
import Link from "next/link";
import { MetricCard } from "@/components/admin/metric-card";
import { TrendChart } from "@/components/admin/trend-chart";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { Field, Input, Select } from "@/components/ui/input";
import { getDb } from "@/db";
import { listReportedReviews } from "@/lib/admin/list-reported-reviews";
import { loadOverview } from "@/lib/admin/overview-metrics";
import { resolvePeriod } from "@/lib/admin/overview-period";
import { requireAdmin } from "@/lib/auth/guards";
import { listPendingRefundRequests } from "@/lib/payments/provider-sales";
import { listPendingApplications } from "@/lib/providers/list-pending-applications";

export const metadata: Metadata = { title: "Admin overview" };
export const dynamic = "force-dynamic";

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

const day = (d: Date) => d.toISOString().slice(0, 10);
const lastDay = (to: Date) => day(new Date(to.getTime() - 86_400_000));

export default async function AdminOverviewPage({ searchParams }: Props) {
  const actor = await requireAdmin("/admin");
  const raw = Object.fromEntries(Object.entries(await searchParams).map(([k, v]) => [k, Array.isArray(v) ? v[0] : v]));
  const { period, error } = resolvePeriod(raw);
  const db = await getDb();
  const [{ metrics, charts }, applications, refunds, reported] = await Promise.all([
    loadOverview(db, { actor, period }),
    listPendingApplications(db, { actor }),
    listPendingRefundRequests(db, { actor }),
    listReportedReviews(db, { actor }),
  ]);
  const queues = [
    { label: "Provider applications waiting", count: applications.length, href: "/admin/applications", link: "Review applications" },
    { label: "Refund requests open", count: refunds.length, href: "/admin/refunds", link: "Review refund requests" },
    { label: "Reported reviews", count: reported.length, href: "/admin/reviews", link: "Moderate reviews" },
  ];

  return (
    <div className="space-y-8">
      <h1 className="text-3xl font-bold tracking-tight">Admin console</h1>

      <section aria-labelledby="queues-heading" className="space-y-3">
        <h2 id="queues-heading" className="text-xl font-semibold">Waiting for you</h2>
        <div className="grid gap-4 sm:grid-cols-3">
          {queues.map((q) => (
            <Card key={q.href} className="p-4">
              <h3 className="text-sm font-medium text-slate-600">{q.label}</h3>
              <p className="mt-1 text-3xl font-bold">{q.count}</p>
              <Link href={q.href} className="mt-2 inline-block text-sm font-medium text-brand-700 hover:underline">
                {q.link}
              </Link>
            </Card>
          ))}
        </div>
      </section>

      <section aria-labelledby="overview-heading" className="space-y-4">
        <div className="flex flex-wrap items-end justify-between gap-4">
          <div>
            <h2 id="overview-heading" className="text-xl font-semibold">Marketplace health</h2>
            <p className="text-sm text-slate-600">
              {day(period.from)} to {lastDay(period.to)} (UTC), compared with {day(period.previousFrom)} to {lastDay(period.previousTo)}.
            </p>
          </div>
          <form method="get" className="flex flex-wrap items-end gap-3" aria-label="Choose the period">
            <Field id="period" label="Period">
              <Select id="period" name="period" defaultValue={period.preset}>
                <option value="7">Last 7 days</option>
                <option value="30">Last 30 days</option>
                <option value="90">Last 90 days</option>
                <option value="custom">Custom dates</option>
              </Select>
            </Field>
            <Field id="from" label="From (custom)">
              <Input id="from" name="from" type="date" defaultValue={period.preset === "custom" ? day(period.from) : ""} />
            </Field>
            <Field id="to" label="To (custom)">
              <Input id="to" name="to" type="date" defaultValue={period.preset === "custom" ? lastDay(period.to) : ""} />
            </Field>
            <Button type="submit" variant="secondary">Show</Button>
          </form>
        </div>
        {error ? (
          <p role="alert" className="rounded-lg border border-amber-200 bg-amber-50 p-3 text-sm text-amber-900">
            {error}. Showing the last 30 days instead.
          </p>
        ) : null}
        <div className="grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
          {metrics.map((m) => (
            <MetricCard key={m.key} metric={m} />
          ))}
        </div>
        <p className="text-xs text-slate-600">
          Sales count orders by the time they were paid; refunds by the time Stripe confirmed them; the completion rate is the share of
          enrollments started in the period that are completed now. Money is shown per currency.
        </p>
        <div className="grid gap-6 lg:grid-cols-2">
          {charts.map((c, i) => (
            <Card key={c.title} className="p-4">
              <TrendChart chart={c} id={`chart-${i}`} />
            </Card>
          ))}
        </div>
      </section>
    </div>
  );
}
