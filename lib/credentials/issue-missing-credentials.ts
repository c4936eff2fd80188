import { and, eq, isNotNull, isNull } from "drizzle-orm";
import type { Db } from "@/db";
import { achievements, credentials, enrollments } from "@/db/schema";
import { issueCredential } from "./issue-credential";

/**
 * Reconciliation: issues the credential of every course the learner completed (active
 * enrollment) that has none yet — e.g. when issuing failed during the completing
 * request, which only logs. Idempotent like issueCredential itself.
 */
export async function issueMissingCredentials(db: Db, input: { userId: string; appUrl: string }): Promise<number> {
  const missing = await db
    .select({ enrollmentId: enrollments.id, courseId: enrollments.courseId })
    .from(enrollments)
    .leftJoin(achievements, eq(achievements.courseId, enrollments.courseId))
    .leftJoin(credentials, and(eq(credentials.achievementId, achievements.id), eq(credentials.userId, enrollments.userId)))
    .where(and(eq(enrollments.userId, input.userId), eq(enrollments.status, "active"), isNotNull(enrollments.completedAt), isNull(credentials.id)))
    .limit(20);
  let issued = 0;
  for (const m of missing) {
    try {
      const result = await issueCredential(db, { userId: input.userId, courseId: m.courseId, enrollmentId: m.enrollmentId, appUrl: input.appUrl });
      if ("created" in result && result.created) issued++;
    } catch (error) {
      console.error(`[credentials] reconciliation failed for enrollment ${m.enrollmentId}`, error);
    }
  }
  return issued;
}
