import Link from "next/link";
import { ButtonLink } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { formatPrice } from "@/lib/catalog/format";
import type { CourseFigures } from "@/lib/studio/provider-insights";
import { CourseStatusBadge } from "./course-status-badge";

const percent = new Intl.NumberFormat("en-US", { style: "percent", maximumFractionDigits: 0 });

// One provider's courses with their figures, and what needs the provider's attention.
export function ProviderDashboard({
  slug,
  courses,
  stripeReady,
  headingLevel = 2,
}: {
  slug: string;
  courses: CourseFigures[];
  stripeReady: boolean;
  headingLevel?: 2 | 3;
}) {
  const H = `h${headingLevel}` as "h2";
  const sentBack = courses.filter((c) => c.status === "draft" && c.reviewNote);
  const drafts = courses.filter((c) => c.status === "draft" && !c.reviewNote);
  const paidNeedsStripe = !stripeReady && courses.some((c) => c.priceAmount > 0);
  const attention = [
    ...sentBack.map((c) => ({ key: `back-${c.id}`, href: `/provider/${slug}/courses/${c.id}`, text: `“${c.title}” was sent back by review: ${c.reviewNote}` })),
    ...drafts.map((c) => ({ key: `draft-${c.id}`, href: `/provider/${slug}/courses/${c.id}`, text: `“${c.title}” is a draft. Finish it and submit it for review.` })),
    ...(!stripeReady
      ? [{ key: "stripe", href: `/provider/${slug}/payouts`, text: paidNeedsStripe ? "Finish Stripe onboarding to publish and sell your paid courses." : "Stripe onboarding is not finished: you can only publish free courses." }]
      : []),
  ];
  return (
    <div className="space-y-6">
      {attention.length ? (
        <section aria-label="Needs attention" className="space-y-2">
          <H className="text-lg font-semibold">Needs attention</H>
          <ul className="space-y-2">
            {attention.map((a) => (
              <li key={a.key} className="rounded-lg border border-amber-200 bg-amber-50 px-4 py-3 text-sm text-amber-950">
                <Link href={a.href} className="font-medium underline">
                  {a.text}
                </Link>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      <div className="flex flex-wrap items-center justify-between gap-2">
        <H className="text-lg font-semibold">Courses</H>
        <ButtonLink href={`/provider/${slug}/courses/new`} size="sm">
          New course
        </ButtonLink>
      </div>
      {courses.length === 0 ? (
        <EmptyState title="No courses yet">Create your first course: add modules and lessons, a quiz and the credential learners earn.</EmptyState>
      ) : (
        <Card className="overflow-x-auto">
          <table className="w-full text-left text-sm">
            <caption className="sr-only">Courses with status, enrollments, completion rate, average rating and revenue</caption>
            <thead className="border-b border-slate-200 text-slate-600">
              <tr>
                <th scope="col" className="px-4 py-3 font-medium">Course</th>
                <th scope="col" className="px-4 py-3 font-medium">Status</th>
                <th scope="col" className="px-4 py-3 text-right font-medium">Price</th>
                <th scope="col" className="px-4 py-3 text-right font-medium">Enrollments</th>
                <th scope="col" className="px-4 py-3 text-right font-medium">Completion</th>
                <th scope="col" className="px-4 py-3 text-right font-medium">Rating</th>
                <th scope="col" className="px-4 py-3 text-right font-medium">Revenue</th>
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-100">
              {courses.map((c) => (
                <tr key={c.id}>
                  <th scope="row" className="px-4 py-3 font-medium">
                    <Link href={`/provider/${slug}/courses/${c.id}`} className="text-brand-700 hover:underline">
                      {c.title}
                    </Link>
                  </th>
                  <td className="px-4 py-3">
                    <CourseStatusBadge status={c.status} />
                  </td>
                  <td className="px-4 py-3 text-right tabular-nums">{formatPrice(c.priceAmount, c.currency)}</td>
                  <td className="px-4 py-3 text-right tabular-nums">{c.enrollments}</td>
                  <td className="px-4 py-3 text-right tabular-nums">{c.completionRate === null ? "—" : percent.format(c.completionRate)}</td>
                  <td className="px-4 py-3 text-right tabular-nums">{c.ratingAverage === null ? "—" : `${c.ratingAverage.toFixed(1)} (${c.ratingCount})`}</td>
                  <td className="px-4 py-3 text-right tabular-nums">{c.revenue === 0 ? "—" : formatPrice(c.revenue, c.currency)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </Card>
      )}
    </div>
  );
}
