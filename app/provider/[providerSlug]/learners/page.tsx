import type { Metadata } from "next";
import { ProviderNav } from "@/components/payments/provider-nav";
import { RevenueChart } from "@/components/studio/revenue-chart";
import { Card } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { Pagination } from "@/components/ui/pagination";
import { formatPrice, toMajorUnits } from "@/lib/catalog/format";
import { countProviderLearners, listProviderLearners, readCompletionFunnel, revenueByMonth } from "@/lib/studio/provider-insights";
import { loadStudioProvider } from "../load-provider";

export const metadata: Metadata = { title: "Learners & revenue", robots: { index: false } };
export const dynamic = "force-dynamic";

const when = new Intl.DateTimeFormat("en-US", { dateStyle: "medium", timeZone: "UTC" });
const percent = new Intl.NumberFormat("en-US", { style: "percent", maximumFractionDigits: 0 });

const PAGE_SIZE = 50;

export default async function LearnersPage({ params, searchParams }: { params: Promise<{ providerSlug: string }>; searchParams: Promise<{ page?: string | string[] }> }) {
  const { providerSlug } = await params;
  const { db, provider, user } = await loadStudioProvider(providerSlug, "learners");
  // A page number from the URL: anything that is not a positive whole number is page 1.
  const requested = Number((await searchParams).page);
  const page = Number.isInteger(requested) && requested > 0 ? requested : 1;
  const scope = { actor: user, providerId: provider.id };
  const [learners, total, funnel, revenue] = await Promise.all([
    listProviderLearners(db, { ...scope, limit: PAGE_SIZE, offset: (page - 1) * PAGE_SIZE }),
    countProviderLearners(db, scope),
    readCompletionFunnel(db, scope),
    revenueByMonth(db, scope),
  ]);
  const pageCount = Math.max(1, Math.ceil(total / PAGE_SIZE));
  const steps = [
    { label: "Enrolled", value: funnel.enrolled },
    { label: "Started", value: funnel.started },
    { label: "Halfway", value: funnel.halfway },
    { label: "Completed", value: funnel.completed },
  ];
  const currencies = [...new Set(revenue.map((r) => r.currency))];

  return (
    <div className="space-y-8">
      <ProviderNav slug={provider.slug} name={provider.name} current="learners" />
      <h1 className="text-3xl font-bold tracking-tight">Learners &amp; revenue</h1>

      <section aria-labelledby="funnel-heading" className="space-y-3">
        <h2 id="funnel-heading" className="text-xl font-semibold">
          Completion funnel
        </h2>
        <Card className="p-6">
          <ol className="space-y-3">
            {steps.map((s) => (
              <li key={s.label} className="grid grid-cols-[6rem_1fr_5rem] items-center gap-3 text-sm">
                <span className="font-medium">{s.label}</span>
                <span aria-hidden className="h-3 rounded-full bg-slate-100">
                  <span className="block h-3 rounded-full bg-brand-700" style={{ width: `${funnel.enrolled ? (s.value / funnel.enrolled) * 100 : 0}%` }} />
                </span>
                <span className="text-right tabular-nums">
                  {s.value}
                  {funnel.enrolled ? <span className="text-slate-600"> ({percent.format(s.value / funnel.enrolled)})</span> : null}
                </span>
              </li>
            ))}
          </ol>
        </Card>
      </section>

      <section aria-labelledby="revenue-heading" className="space-y-3">
        <h2 id="revenue-heading" className="text-xl font-semibold">
          Revenue over time
        </h2>
        {currencies.length === 0 ? (
          <p className="text-sm text-slate-600">No sales yet.</p>
        ) : (
          currencies.map((currency) => {
            const points = revenue.filter((r) => r.currency === currency);
            return (
              <Card key={currency} className="space-y-4 p-6">
                <h3 className="font-semibold">{currency}, gross minus refunds, per month</h3>
                <RevenueChart currency={currency} points={points.map((p) => ({ month: p.month, amount: Number(toMajorUnits(p.net, currency)) }))} />
                <table className="w-full max-w-md text-left text-sm">
                  <caption className="sr-only">Revenue per month in {currency}</caption>
                  <thead className="text-slate-600">
                    <tr>
                      <th scope="col" className="py-1 font-medium">Month</th>
                      <th scope="col" className="py-1 text-right font-medium">Orders</th>
                      <th scope="col" className="py-1 text-right font-medium">Revenue</th>
                    </tr>
                  </thead>
                  <tbody>
                    {points.map((p) => (
                      <tr key={p.month}>
                        <th scope="row" className="py-1 font-normal">{p.month}</th>
                        <td className="py-1 text-right tabular-nums">{p.orders}</td>
                        <td className="py-1 text-right tabular-nums">{formatPrice(p.net, currency)}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </Card>
            );
          })
        )}
      </section>

      <section aria-labelledby="learners-heading" className="space-y-3">
        <div className="flex flex-wrap items-center justify-between gap-2">
          <h2 id="learners-heading" className="text-xl font-semibold">
            Learners
          </h2>
          <a href={`/provider/${provider.slug}/export/learners.csv`} className="text-sm font-medium text-brand-700 hover:underline" download>
            Download learners (CSV)
          </a>
        </div>
        {total > 0 ? (
          <p className="text-sm text-slate-700">
            {total.toLocaleString("en-US")} enrollments{pageCount > 1 ? `, page ${page} of ${pageCount}` : ""}, newest first.
          </p>
        ) : null}
        {learners.length === 0 ? (
          total > 0 ? (
            <EmptyState title="No learners on this page">
              <a href={`/provider/${provider.slug}/learners`} className="text-brand-700 underline">Back to the first page</a>
            </EmptyState>
          ) : (
            <EmptyState title="No learners yet">Enrollments in your courses appear here with their progress.</EmptyState>
          )
        ) : (
          <Card className="overflow-x-auto">
            <table className="w-full text-left text-sm">
              <caption className="sr-only">Learners with their course, progress and completion</caption>
              <thead className="border-b border-slate-200 text-slate-600">
                <tr>
                  <th scope="col" className="px-4 py-3 font-medium">Learner</th>
                  <th scope="col" className="px-4 py-3 font-medium">Course</th>
                  <th scope="col" className="px-4 py-3 font-medium">Enrolled</th>
                  <th scope="col" className="px-4 py-3 text-right font-medium">Progress</th>
                  <th scope="col" className="px-4 py-3 font-medium">Completed</th>
                  <th scope="col" className="px-4 py-3 font-medium">Access</th>
                </tr>
              </thead>
              <tbody className="divide-y divide-slate-100">
                {learners.map((l) => (
                  <tr key={l.enrollmentId}>
                    <td className="px-4 py-3">{l.learnerName ?? l.learnerEmail}</td>
                    <td className="px-4 py-3">{l.courseTitle}</td>
                    <td className="whitespace-nowrap px-4 py-3">{when.format(l.enrolledAt)}</td>
                    <td className="px-4 py-3 text-right tabular-nums">
                      {l.lessonsDone}/{l.lessonsTotal} ({percent.format(l.progress)})
                    </td>
                    <td className="whitespace-nowrap px-4 py-3">{l.completedAt ? when.format(l.completedAt) : "—"}</td>
                    <td className="px-4 py-3">{l.status}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </Card>
        )}
        <Pagination page={page} pageCount={pageCount} hrefFor={(p) => `/provider/${provider.slug}/learners${p > 1 ? `?page=${p}` : ""}`} label="Learner pages" />
      </section>
    </div>
  );
}
