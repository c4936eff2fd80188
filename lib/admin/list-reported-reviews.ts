import { desc, eq, isNull, sql } from "drizzle-orm";
import type { Db } from "@/db";
import { courses, reviewReports, reviews, users } from "@/db/schema";
import type { SessionUser } from "@/lib/auth/load-session-user";
import { assertAdmin } from "@/lib/auth/policy";

export type ReportedReview = {
  id: string;
  rating: number;
  body: string;
  createdAt: Date;
  authorName: string | null;
  authorEmail: string;
  courseTitle: string;
  courseSlug: string;
  reports: { reason: string; details: string; createdAt: string }[];
  lastReportedAt: Date;
};

/** Reviews with at least one open report, most recently reported first. */
export async function listReportedReviews(db: Db, input: { actor: SessionUser | null }): Promise<ReportedReview[]> {
  assertAdmin(input.actor);
  const rows = await db
    .select({
      id: reviews.id,
      rating: reviews.rating,
      body: reviews.body,
      createdAt: reviews.createdAt,
      authorName: users.name,
      authorEmail: users.email,
      courseTitle: courses.title,
      courseSlug: courses.slug,
      reports: sql<ReportedReview["reports"]>`jsonb_agg(jsonb_build_object('reason', ${reviewReports.reason}, 'details', ${reviewReports.details}, 'createdAt', ${reviewReports.createdAt}) order by ${reviewReports.createdAt})`,
      lastReportedAt: sql<string>`max(${reviewReports.createdAt})`,
    })
    .from(reviewReports)
    .innerJoin(reviews, eq(reviews.id, reviewReports.reviewId))
    .innerJoin(users, eq(users.id, reviews.userId))
    .innerJoin(courses, eq(courses.id, reviews.courseId))
    .where(isNull(reviewReports.resolvedAt))
    .groupBy(reviews.id, users.id, courses.id)
    .orderBy(desc(sql`max(${reviewReports.createdAt})`))
    .limit(100);
  return rows.map((r) => ({ ...r, lastReportedAt: new Date(r.lastReportedAt) }));
}
