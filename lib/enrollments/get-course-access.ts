import { and, eq } from "drizzle-orm";
import type { Db } from "@/db";
import { enrollments, type Enrollment } from "@/db/schema";

export type CourseAccess = {
  /** The learner may open every lesson. */
  hasAccess: boolean;
  enrollment: Enrollment | null;
};

// Access is exactly "an enrollment whose status is active": refunded, revoked and
// suspended (disputed) enrollments lose it at once, with no cache in between.
export async function getCourseAccess(db: Db, input: { userId: string; courseId: string }): Promise<CourseAccess> {
  const [enrollment] = await db
    .select()
    .from(enrollments)
    .where(and(eq(enrollments.userId, input.userId), eq(enrollments.courseId, input.courseId)))
    .limit(1);
  return { hasAccess: enrollment?.status === "active", enrollment: enrollment ?? null };
}
