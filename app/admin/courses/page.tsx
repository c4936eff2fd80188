import type { Metadata } from "next";
import Link from "next/link";
import { Card } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { getDb } from "@/db";
import { requireAdmin } from "@/lib/auth/guards";
import { formatPrice } from "@/lib/catalog/format";
import { listCoursesInReview } from "@/lib/studio/course-review";

export const metadata: Metadata = { title: "Course review", robots: { index: false } };
export const dynamic = "force-dynamic";

const when = new Intl.DateTimeFormat("en-US", { dateStyle: "medium", timeStyle: "short", timeZone: "UTC" });
const decidedText: Record<string, string> = { approved: "Course approved and published.", "sent-back": "Course sent back to the provider with your reason." };

export default async function AdminCoursesPage({ searchParams }: { searchParams: Promise<{ decided?: string }> }) {
  const { decided } = await searchParams;
  const user = await requireAdmin("/admin/courses");
  const queue = await listCoursesInReview(await getDb(), { actor: user });
  return (
    <div className="space-y-6">
      <h1 className="text-3xl font-bold tracking-tight">Course review</h1>
      {decided && decidedText[decided] ? (
        <p role="status" className="rounded-lg border border-emerald-200 bg-emerald-50 p-3 text-sm font-medium text-emerald-800">
          {decidedText[decided]}
        </p>
      ) : null}
      <p className="text-sm text-slate-700">Courses providers submitted, oldest first. Open one to read it as a learner would, then approve it or send it back with a reason.</p>
      {queue.length === 0 ? (
        <EmptyState title="Nothing to review">New submissions appear here.</EmptyState>
      ) : (
        <Card className="overflow-x-auto">
          <table className="w-full text-left text-sm">
            <caption className="sr-only">Courses in review, oldest submission first</caption>
            <thead className="border-b border-slate-200 text-slate-600">
              <tr>
                <th scope="col" className="px-4 py-3 font-medium">Course</th>
                <th scope="col" className="px-4 py-3 font-medium">Provider</th>
                <th scope="col" className="px-4 py-3 text-right font-medium">Price</th>
                <th scope="col" className="px-4 py-3 font-medium">Submitted (UTC)</th>
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-100">
              {queue.map((c) => (
                <tr key={c.id}>
                  <th scope="row" className="px-4 py-3 font-medium">
                    <Link href={`/admin/courses/${c.id}`} className="text-brand-700 hover:underline">
                      {c.title}
                    </Link>
                  </th>
                  <td className="px-4 py-3">{c.providerName}</td>
                  <td className="px-4 py-3 text-right tabular-nums">{formatPrice(c.priceAmount, c.currency)}</td>
                  <td className="px-4 py-3">{c.submittedAt ? when.format(c.submittedAt) : "—"}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </Card>
      )}
    </div>
  );
}
