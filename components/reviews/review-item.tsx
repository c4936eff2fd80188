"use client";

import { useActionState, useEffect, useTransition, type FormEvent } from "react";
import { helpfulVoteAction, reportReviewAction } from "@/app/(learner)/learn/review-actions";
import { Button } from "@/components/ui/button";
import { fieldClasses } from "@/components/ui/input";
import { idleForm } from "@/lib/forms/form-state";
import type { ReviewListItem } from "@/lib/reviews/list-course-reviews";
import { reportReasonLabels, reportReasons } from "@/lib/reviews/review-input";
import { Stars } from "./stars";

const date = new Intl.DateTimeFormat("en", { dateStyle: "medium" });

export function ReviewItem({ review, signedIn, onChange }: { review: ReviewListItem; signedIn: boolean; onChange: () => void }) {
  const [vote, voteAction, voting] = useActionState(helpfulVoteAction, idleForm);
  const [report, reportAction, reporting] = useActionState(reportReviewAction, idleForm);
  const [, startTransition] = useTransition();

  useEffect(() => {
    if (vote.status === "success") onChange();
  }, [vote, onChange]);

  function submit(action: (data: FormData) => void) {
    return (event: FormEvent<HTMLFormElement>) => {
      event.preventDefault();
      const data = new FormData(event.currentTarget);
      startTransition(() => action(data));
    };
  }

  return (
    <li className="space-y-2 border-b border-slate-200 py-4 last:border-0">
      <div className="flex flex-wrap items-center gap-x-3 gap-y-1">
        <Stars rating={review.rating} />
        <span className="font-medium">{review.authorName}</span>
        <span className="text-sm text-slate-600">
          {date.format(new Date(review.createdAt))}
          {review.edited ? " · edited" : ""}
        </span>
        {review.isOwn ? <span className="text-sm font-medium text-brand-800">Your review</span> : null}
      </div>
      {review.body ? <p className="whitespace-pre-line text-sm text-slate-800">{review.body}</p> : null}
      <div className="flex flex-wrap items-center gap-3 text-sm text-slate-600">
        <span>
          {review.helpfulCount} {review.helpfulCount === 1 ? "person" : "people"} found this helpful
        </span>
        {signedIn && !review.isOwn ? (
          <form onSubmit={submit(voteAction)}>
            <input type="hidden" name="reviewId" value={review.id} />
            <input type="hidden" name="helpful" value={String(!review.votedHelpful)} />
            <Button type="submit" size="sm" variant="ghost" pending={voting} aria-pressed={review.votedHelpful}>
              Helpful
            </Button>
          </form>
        ) : null}
        {signedIn && !review.isOwn ? (
          <details className="w-full sm:w-auto">
            <summary className="cursor-pointer rounded px-1 hover:underline">Report</summary>
            {report.status === "success" ? (
              <p role="status" className="mt-2 text-emerald-800">
                {report.message}
              </p>
            ) : (
              <form onSubmit={submit(reportAction)} className="mt-2 space-y-2 rounded-lg border border-slate-200 bg-white p-3">
                <input type="hidden" name="reviewId" value={review.id} />
                {report.status === "error" ? (
                  <p role="alert" className="text-red-800">
                    {report.message}
                  </p>
                ) : null}
                <label className="block text-slate-900" htmlFor={`report-reason-${review.id}`}>
                  Why should we look at this review?
                </label>
                <select id={`report-reason-${review.id}`} name="reason" className={fieldClasses} defaultValue="spam">
                  {reportReasons.map((r) => (
                    <option key={r} value={r}>
                      {reportReasonLabels[r]}
                    </option>
                  ))}
                </select>
                <label className="block text-slate-900" htmlFor={`report-details-${review.id}`}>
                  Details (optional)
                </label>
                <textarea id={`report-details-${review.id}`} name="details" rows={2} maxLength={1000} className={fieldClasses} />
                <Button type="submit" size="sm" variant="secondary" pending={reporting}>
                  Send report
                </Button>
              </form>
            )}
          </details>
        ) : null}
      </div>
    </li>
  );
}
