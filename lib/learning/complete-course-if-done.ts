import { and, eq, isNull, sql } from "drizzle-orm";
import type { Db } from "@/db";
import { enrollments } from "@/db/schema";
import { computeCourseProgress } from "./course-progress";
import { getCourseOutline } from "./get-course-outline";
import { getLearnerProgress } from "./get-learner-progress";
import { onCourseCompleted } from "./on-course-completed";

export type CompletionResult = { completed: boolean; firstTime: boolean; completedAt: Date | null };

// Records the first moment a learner has done everything, exactly once: the
// conditional UPDATE lets only one of any number of parallel callers win, and only
// the winner calls the hook, in the same transaction. A completed course stays completed whatever happens to
// its syllabus later, because completed_at is never cleared.
export async function completeCourseIfDone(db: Db, input: { userId: string; courseId: string }): Promise<CompletionResult> {
  const [enrollment] = await db
    .select({ id: enrollments.id, status: enrollments.status, completedAt: enrollments.completedAt })
    .from(enrollments)
    .where(and(eq(enrollments.userId, input.userId), eq(enrollments.courseId, input.courseId)))
    .limit(1);
  if (!enrollment || enrollment.status !== "active") return { completed: false, firstTime: false, completedAt: null };
  if (enrollment.completedAt) return { completed: true, firstTime: false, completedAt: enrollment.completedAt };

  const [outline, progress] = await Promise.all([getCourseOutline(db, { courseId: input.courseId }), getLearnerProgress(db, input)]);
  if (!outline || !computeCourseProgress(outline, progress).allDone) return { completed: false, firstTime: false, completedAt: null };

  // The completion and its after-commit work (credential, mail) commit together.
  const won = await db.transaction(async (tx) => {
    const [row] = await tx
      .update(enrollments)
      .set({ completedAt: sql`now()` })
      .where(and(eq(enrollments.id, enrollment.id), isNull(enrollments.completedAt), eq(enrollments.status, "active")))
      .returning({ completedAt: enrollments.completedAt });
    if (row?.completedAt) await onCourseCompleted(tx, { userId: input.userId, courseId: input.courseId, enrollmentId: enrollment.id, completedAt: row.completedAt });
    return row;
  });
  if (!won?.completedAt) {
    const [current] = await db.select({ completedAt: enrollments.completedAt }).from(enrollments).where(eq(enrollments.id, enrollment.id));
    return { completed: Boolean(current?.completedAt), firstTime: false, completedAt: current?.completedAt ?? null };
  }
  return { completed: true, firstTime: true, completedAt: won.completedAt };
}
