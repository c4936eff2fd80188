import type { Metadata } from "next";
import Link from "next/link";
import { adminDate } from "@/components/admin/format";
import { ActionForm } from "@/components/forms/action-form";
import { Stars } from "@/components/reviews/stars";
import { Card } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { Field, fieldClasses } from "@/components/ui/input";
import { getDb } from "@/db";
import { listReportedReviews } from "@/lib/admin/list-reported-reviews";
import { requireAdmin } from "@/lib/auth/guards";
import { moderateReviewAction } from "./actions";

export const metadata: Metadata = { title: "Reported reviews" };
export const dynamic = "force-dynamic";

export default async function ReportedReviewsPage() {
  const actor = await requireAdmin("/admin/reviews");
  const reviews = await listReportedReviews(await getDb(), { actor });
  return (
    <div className="space-y-6">
      <h1 className="text-3xl font-bold tracking-tight">Reported reviews</h1>
      {reviews.length === 0 ? (
        <EmptyState title="No reported reviews">When learners report a review, it waits here for a decision.</EmptyState>
      ) : (
        <ul className="space-y-4">
          {reviews.map((r) => (
            <li key={r.id}>
              <Card className="space-y-4 p-6" aria-label={`Review by ${r.authorName ?? r.authorEmail} of ${r.courseTitle}`}>
                <div className="space-y-1">
                  <h2 className="text-lg font-semibold">
                    <Link href={`/courses/${r.courseSlug}`} className="hover:underline">{r.courseTitle}</Link>
                  </h2>
                  <p className="text-sm text-slate-600">
                    {r.authorName ?? "Unnamed"} · {r.authorEmail} · written {adminDate.format(r.createdAt)}
                  </p>
                  <Stars rating={r.rating} />
                  <blockquote className="whitespace-pre-line border-l-4 border-slate-200 pl-3 text-sm text-slate-800">{r.body || "(no text)"}</blockquote>
                </div>
                <div>
                  <h3 className="text-sm font-medium">Reports ({r.reports.length})</h3>
                  <ul className="mt-1 list-disc pl-5 text-sm text-slate-700">
                    {r.reports.map((rep, i) => (
                      <li key={i}>
                        <span className="font-medium">{rep.reason}</span>
                        {rep.details ? `: ${rep.details}` : ""}
                      </li>
                    ))}
                  </ul>
                </div>
                <div className="grid gap-4 md:grid-cols-2">
                  <ActionForm action={moderateReviewAction} submitLabel="Keep review" pendingLabel="Keeping…" variant="secondary" labels={{ reason: "Note" }}>
                    <input type="hidden" name="reviewId" value={r.id} />
                    <input type="hidden" name="decision" value="keep" />
                    <Field id={`keep-${r.id}`} label="Note (optional)">
                      <textarea id={`keep-${r.id}`} name="reason" rows={2} className={fieldClasses} />
                    </Field>
                  </ActionForm>
                  <ActionForm action={moderateReviewAction} submitLabel="Remove review" pendingLabel="Removing…" variant="danger" labels={{ reason: "Reason" }}>
                    <input type="hidden" name="reviewId" value={r.id} />
                    <input type="hidden" name="decision" value="remove" />
                    <Field id={`remove-${r.id}`} label="Reason for removing (recorded)">
                      <textarea id={`remove-${r.id}`} name="reason" rows={2} className={fieldClasses} />
                    </Field>
                  </ActionForm>
                </div>
              </Card>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
