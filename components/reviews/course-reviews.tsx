"use client";

import { useCallback, useEffect, useState } from "react";
import { Button } from "@/components/ui/button";
import { Skeleton } from "@/components/ui/skeleton";
import { ReviewForm } from "./review-form";
import { ReviewItem } from "./review-item";
import type { ReviewsResponse } from "./review-types";

type Props = { courseSlug: string; ratingAverage: number | null; ratingCount: number };

// The ratings and reviews of a course page. The cached page renders the average it
// knows; the distribution, the reviews and the viewer's own form come from
// /api/courses/[slug]/reviews, so the page stays the same document for everyone.
async function fetchReviews(courseSlug: string, sort: string, pages: number): Promise<ReviewsResponse> {
  const responses = await Promise.all(
    Array.from({ length: pages }, (_, i) => fetch(`/api/courses/${courseSlug}/reviews?sort=${sort}&page=${i + 1}`, { cache: "no-store" })),
  );
  if (responses.some((r) => !r.ok)) throw new Error("Reviews could not be loaded");
  const bodies = (await Promise.all(responses.map((r) => r.json()))) as ReviewsResponse[];
  return { ...bodies[bodies.length - 1]!, reviews: bodies.flatMap((b) => b.reviews) };
}

export function CourseReviews({ courseSlug, ratingAverage, ratingCount }: Props) {
  const [sort, setSort] = useState<"newest" | "helpful">("newest");
  const [pages, setPages] = useState(1);
  const [version, setVersion] = useState(0);
  const [result, setResult] = useState<{ key: string; data: ReviewsResponse | null; failed: boolean } | null>(null);
  const key = `${sort}:${pages}:${version}`;
  const reload = useCallback(() => setVersion((v) => v + 1), []);

  useEffect(() => {
    let live = true;
    fetchReviews(courseSlug, sort, pages)
      .then((data) => live && setResult({ key, data, failed: false }))
      .catch(() => live && setResult((r) => ({ key, data: r?.data ?? null, failed: true })));
    return () => {
      live = false;
    };
  }, [courseSlug, sort, pages, key]);

  const data = result?.data ?? null;
  const failed = result?.failed ?? false;
  const loading = result?.key !== key;
  const load = reload;

  const average = data ? data.average : ratingAverage;
  const count = data ? data.count : ratingCount;

  return (
    <div className="space-y-6">
      <div className="flex flex-wrap items-start gap-8">
        <p className="text-sm text-slate-700">
          {count > 0 && average !== null ? (
            <>
              <span className="block text-4xl font-bold text-slate-900">{average.toFixed(1)}</span> out of 5 from {count}{" "}
              {count === 1 ? "rating" : "ratings"}
            </>
          ) : (
            "No ratings yet. Learners who complete the course can rate it."
          )}
        </p>
        {data && count > 0 ? (
          <ul aria-label="Rating distribution" className="min-w-48 flex-1 space-y-1 text-sm">
            {data.distribution.map((d) => (
              <li key={d.rating} className="flex items-center gap-2">
                <span className="w-14 text-slate-700">{d.rating} stars</span>
                <span aria-hidden className="h-2 flex-1 overflow-hidden rounded-full bg-slate-200">
                  <span className="block h-full bg-amber-500" style={{ width: `${(d.count * 100) / count}%` }} />
                </span>
                <span className="w-8 text-right text-slate-700">{d.count}</span>
              </li>
            ))}
          </ul>
        ) : null}
      </div>

      {data?.viewer.canReview ? (
        <div className="rounded-xl border border-slate-200 bg-white p-4">
          <h3 className="mb-3 font-semibold">{data.viewer.ownReview ? "Your review" : "Review this course"}</h3>
          <ReviewForm courseSlug={courseSlug} existing={data.viewer.ownReview} onChange={load} />
        </div>
      ) : null}

      {failed ? (
        <p role="alert" className="text-sm text-red-800">
          Reviews could not be loaded. <Button size="sm" variant="ghost" onClick={load}>Try again</Button>
        </p>
      ) : null}
      {!data && loading && !failed ? (
        <div aria-hidden className="space-y-3">
          <Skeleton className="h-5 w-1/3" />
          <Skeleton className="h-12 w-full" />
        </div>
      ) : null}

      {data && data.reviews.length > 0 ? (
        <div>
          <div className="flex items-center gap-2">
            <label htmlFor="review-sort" className="text-sm text-slate-700">
              Sort reviews
            </label>
            <select
              id="review-sort"
              value={sort}
              onChange={(e) => {
                setSort(e.target.value === "helpful" ? "helpful" : "newest");
                setPages(1);
              }}
              className="rounded-lg border border-slate-300 bg-white px-2 py-1 text-sm"
            >
              <option value="newest">Newest first</option>
              <option value="helpful">Most helpful first</option>
            </select>
          </div>
          <ul aria-label="Reviews" aria-busy={loading} className="mt-2">
            {data.reviews.map((r) => (
              <ReviewItem key={r.id} review={r} signedIn={data.viewer.signedIn} onChange={load} />
            ))}
          </ul>
          {data.hasMore ? (
            <Button variant="secondary" pending={loading} onClick={() => setPages((p) => p + 1)}>
              More reviews
            </Button>
          ) : null}
        </div>
      ) : null}
    </div>
  );
}
