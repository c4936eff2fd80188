import { and, eq, isNull } from "drizzle-orm";
import type { Db } from "@/db";
import { reviewReports, reviews } from "@/db/schema";
import { recordAudit } from "@/lib/audit/record-audit";
import type { SessionUser } from "@/lib/auth/load-session-user";
import { assertAdmin } from "@/lib/auth/policy";
import { refreshCourseRating } from "@/lib/reviews/refresh-course-rating";
import { notFound, type AdminResult } from "./admin-result";

/** Keeps a reported review: its open reports are marked dealt with. */
export async function keepReview(db: Db, input: { actor: SessionUser | null; reviewId: string; reason: string | null }): Promise<AdminResult> {
  assertAdmin(input.actor);
  const actor = input.actor;
  return db.transaction(async (tx) => {
    const resolved = await tx
      .update(reviewReports)
      .set({ resolvedAt: new Date(), resolvedBy: actor.id })
      .where(and(eq(reviewReports.reviewId, input.reviewId), isNull(reviewReports.resolvedAt)))
      .returning({ id: reviewReports.id });
    if (resolved.length === 0) return notFound("Open report on this review");
    await recordAudit(tx, {
      actorId: actor.id,
      action: "review.keep",
      targetType: "review",
      targetId: input.reviewId,
      before: { openReports: resolved.length },
      after: { openReports: 0 },
      reason: input.reason,
    });
    return { ok: true } as const;
  });
}

/**
 * Removes a review (its reports and votes go with it) and recomputes the course's
 * rating in the same transaction. The audit entry keeps what was said, and by whom.
 */
export async function removeReview(db: Db, input: { actor: SessionUser | null; reviewId: string; reason: string }): Promise<AdminResult> {
  assertAdmin(input.actor);
  const actor = input.actor;
  return db.transaction(async (tx) => {
    const reports = await tx.select({ reason: reviewReports.reason }).from(reviewReports).where(eq(reviewReports.reviewId, input.reviewId));
    const [removed] = await tx.delete(reviews).where(eq(reviews.id, input.reviewId)).returning();
    if (!removed) return notFound("Review");
    await refreshCourseRating(tx, removed.courseId);
    await recordAudit(tx, {
      actorId: actor.id,
      action: "review.remove",
      targetType: "review",
      targetId: removed.id,
      before: { courseId: removed.courseId, userId: removed.userId, rating: removed.rating, body: removed.body, reports: reports.map((r) => r.reason) },
      after: null,
      reason: input.reason,
    });
    return { ok: true } as const;
  });
}
