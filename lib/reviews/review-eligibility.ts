import { and, eq, isNotNull } from "drizzle-orm";
import type { Db } from "@/db";
import { enrollments } from "@/db/schema";

// Only a learner who completed the course, and still has it, may rate it.
export async function canReviewCourse(db: Db, input: { userId: string; courseId: string }): Promise<boolean> {
  const [row] = await db
    .select({ id: enrollments.id })
    .from(enrollments)
    .where(
      and(
        eq(enrollments.userId, input.userId),
        eq(enrollments.courseId, input.courseId),
        isNotNull(enrollments.completedAt),
        eq(enrollments.status, "active"),
      ),
    )
    .limit(1);
  return Boolean(row);
}
