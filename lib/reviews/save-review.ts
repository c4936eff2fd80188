import { and, eq, sql } from "drizzle-orm";
import type { Db } from "@/db";
import { reviews } from "@/db/schema";
import { canReviewCourse } from "./review-eligibility";
import { refreshCourseRating } from "./refresh-course-rating";

export type SaveReviewResult = { ok: true; created: boolean } | { ok: false; reason: "not_eligible" };

// Writes the learner's one review of a course (the unique constraint makes a second
// save an edit, also under double submits) and the course's rating, together.
export async function saveReview(db: Db, input: { userId: string; courseId: string; rating: number; body: string }): Promise<SaveReviewResult> {
  if (!(await canReviewCourse(db, input))) return { ok: false, reason: "not_eligible" };
  return db.transaction(async (tx) => {
    const [row] = await tx
      .insert(reviews)
      .values({ userId: input.userId, courseId: input.courseId, rating: input.rating, body: input.body })
      .onConflictDoUpdate({
        target: [reviews.courseId, reviews.userId],
        set: { rating: input.rating, body: input.body, updatedAt: sql`now()` },
      })
      .returning({ inserted: sql<boolean>`(xmax = 0)` });
    await refreshCourseRating(tx, input.courseId);
    return { ok: true as const, created: Boolean(row?.inserted) };
  });
}

export async function deleteReview(db: Db, input: { userId: string; courseId: string }): Promise<{ deleted: boolean }> {
  return db.transaction(async (tx) => {
    const gone = await tx
      .delete(reviews)
      .where(and(eq(reviews.userId, input.userId), eq(reviews.courseId, input.courseId)))
      .returning({ id: reviews.id });
    await refreshCourseRating(tx, input.courseId);
    return { deleted: gone.length > 0 };
  });
}
