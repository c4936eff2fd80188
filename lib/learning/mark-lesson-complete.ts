import { and, eq } from "drizzle-orm";
import type { Db } from "@/db";
import { lessonProgress, lessons, modules } from "@/db/schema";
import { getCourseAccess } from "@/lib/enrollments/get-course-access";
import { completeCourseIfDone, type CompletionResult } from "./complete-course-if-done";

export class LearningAccessError extends Error {}

// Idempotent: the (user, lesson) primary key makes a second mark a no-op. Needs an
// active enrollment, checked here so no caller can skip it.
export async function markLessonComplete(db: Db, input: { userId: string; courseId: string; lessonId: string }): Promise<CompletionResult> {
  const [lesson] = await db
    .select({ id: lessons.id })
    .from(lessons)
    .innerJoin(modules, eq(modules.id, lessons.moduleId))
    .where(and(eq(lessons.id, input.lessonId), eq(modules.courseId, input.courseId)))
    .limit(1);
  if (!lesson) throw new LearningAccessError("This lesson is not part of the course");
  const { hasAccess } = await getCourseAccess(db, { userId: input.userId, courseId: input.courseId });
  if (!hasAccess) throw new LearningAccessError("Enroll in the course to record progress");

  await db.insert(lessonProgress).values({ userId: input.userId, lessonId: lesson.id }).onConflictDoNothing();
  return completeCourseIfDone(db, { userId: input.userId, courseId: input.courseId });
}
