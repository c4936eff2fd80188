import { and, eq } from "drizzle-orm";
import type { Db } from "@/db";
import { reviewReports, reviewVotes, reviews } from "@/db/schema";

// "Helpful" votes: one per person per review (primary key), never on one's own review.
export async function setHelpfulVote(db: Db, input: { userId: string; reviewId: string; helpful: boolean }): Promise<{ ok: boolean }> {
  const [review] = await db.select({ userId: reviews.userId }).from(reviews).where(eq(reviews.id, input.reviewId)).limit(1);
  if (!review || review.userId === input.userId) return { ok: false };
  if (input.helpful) await db.insert(reviewVotes).values({ reviewId: input.reviewId, userId: input.userId }).onConflictDoNothing();
  else await db.delete(reviewVotes).where(and(eq(reviewVotes.reviewId, input.reviewId), eq(reviewVotes.userId, input.userId)));
  return { ok: true };
}

// Reports wait in review_reports for the admin console; one per person per review.
export async function reportReview(
  db: Db,
  input: { userId: string; reviewId: string; reason: string; details: string },
): Promise<{ ok: true; alreadyReported: boolean } | { ok: false }> {
  const [review] = await db.select({ id: reviews.id }).from(reviews).where(eq(reviews.id, input.reviewId)).limit(1);
  if (!review) return { ok: false };
  const inserted = await db
    .insert(reviewReports)
    .values({ reviewId: review.id, reporterId: input.userId, reason: input.reason, details: input.details })
    .onConflictDoNothing()
    .returning({ id: reviewReports.id });
  return { ok: true, alreadyReported: inserted.length === 0 };
}
