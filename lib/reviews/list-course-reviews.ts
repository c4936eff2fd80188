import { and, count, desc, eq, sql } from "drizzle-orm";
import type { Db } from "@/db";
import { courses, reviewVotes, reviews, users } from "@/db/schema";

export const REVIEWS_PAGE_SIZE = 10;

export type ReviewListItem = {
  id: string;
  authorName: string;
  rating: number;
  body: string;
  createdAt: string;
  edited: boolean;
  helpfulCount: number;
  votedHelpful: boolean;
  isOwn: boolean;
};

/** "Ada Lovelace" → "Ada L." — reviews are public, full names are not. */
export function publicName(name: string | null): string {
  const parts = (name ?? "").trim().split(/\s+/).filter(Boolean);
  if (parts.length === 0) return "A learner";
  return parts.length === 1 ? parts[0]! : `${parts[0]} ${parts[parts.length - 1]![0]}.`;
}

// Average, distribution and one page of reviews of a published course, newest or
// most helpful first (helpful counts are counted from the votes, id breaks ties).
export async function listCourseReviews(db: Db, input: { courseSlug: string; sort: "newest" | "helpful"; page: number; viewerId: string | null }) {
  const [course] = await db
    .select({ id: courses.id, ratingAverage: courses.ratingAverage, ratingCount: courses.ratingCount })
    .from(courses)
    .where(and(eq(courses.slug, input.courseSlug), eq(courses.status, "published")))
    .limit(1);
  if (!course) return null;

  const helpful = db
    .select({ reviewId: reviewVotes.reviewId, n: count().as("n") })
    .from(reviewVotes)
    .groupBy(reviewVotes.reviewId)
    .as("helpful");
  const helpfulCount = sql<number>`coalesce(${helpful.n}, 0)`.mapWith(Number);
  const viewerVoted = input.viewerId
    ? sql<boolean>`exists (select 1 from ${reviewVotes} where ${reviewVotes.reviewId} = ${reviews.id} and ${reviewVotes.userId} = ${input.viewerId})`
    : sql<boolean>`false`;

  const [distributionRows, rows] = await Promise.all([
    db.select({ rating: reviews.rating, n: count() }).from(reviews).where(eq(reviews.courseId, course.id)).groupBy(reviews.rating),
    db
      .select({
        id: reviews.id,
        userId: reviews.userId,
        name: users.name,
        rating: reviews.rating,
        body: reviews.body,
        createdAt: reviews.createdAt,
        updatedAt: reviews.updatedAt,
        helpfulCount,
        votedHelpful: viewerVoted,
      })
      .from(reviews)
      .innerJoin(users, eq(users.id, reviews.userId))
      .leftJoin(helpful, eq(helpful.reviewId, reviews.id))
      .where(eq(reviews.courseId, course.id))
      .orderBy(...(input.sort === "helpful" ? [desc(helpfulCount), desc(reviews.createdAt)] : [desc(reviews.createdAt)]), desc(reviews.id))
      .limit(REVIEWS_PAGE_SIZE + 1)
      .offset((input.page - 1) * REVIEWS_PAGE_SIZE),
  ]);

  const distribution = [5, 4, 3, 2, 1].map((rating) => ({ rating, count: Number(distributionRows.find((r) => r.rating === rating)?.n ?? 0) }));
  const items: ReviewListItem[] = rows.slice(0, REVIEWS_PAGE_SIZE).map((r) => ({
    id: r.id,
    authorName: publicName(r.name),
    rating: r.rating,
    body: r.body,
    createdAt: r.createdAt.toISOString(),
    edited: r.updatedAt.getTime() - r.createdAt.getTime() > 1000,
    helpfulCount: r.helpfulCount,
    votedHelpful: Boolean(r.votedHelpful),
    isOwn: r.userId === input.viewerId,
  }));
  return {
    courseId: course.id,
    average: course.ratingAverage,
    count: course.ratingCount,
    distribution,
    reviews: items,
    hasMore: rows.length > REVIEWS_PAGE_SIZE,
  };
}

/** The viewer's own review of a course, for the edit form. */
export async function getOwnReview(db: Db, input: { userId: string; courseId: string }) {
  const [row] = await db
    .select({ id: reviews.id, rating: reviews.rating, body: reviews.body })
    .from(reviews)
    .where(and(eq(reviews.userId, input.userId), eq(reviews.courseId, input.courseId)))
    .limit(1);
  return row ?? null;
}
