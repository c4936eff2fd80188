import { and, eq, inArray } from "drizzle-orm";
import type { Db } from "@/db";
import { lessonProgress, lessons, modules, quizAttempts, quizzes } from "@/db/schema";

export type LearnerProgress = { doneLessonIds: Set<string>; passedQuizIds: Set<string> };

// What this learner has done in this course, read from the rows every time:
// lessons marked complete and quizzes with at least one passing attempt.
export async function getLearnerProgress(db: Db, input: { userId: string; courseId: string }): Promise<LearnerProgress> {
  const [lessonRows, quizRows] = await Promise.all([
    db
      .select({ id: lessonProgress.lessonId })
      .from(lessonProgress)
      .innerJoin(lessons, eq(lessons.id, lessonProgress.lessonId))
      .innerJoin(modules, eq(modules.id, lessons.moduleId))
      .where(and(eq(lessonProgress.userId, input.userId), eq(modules.courseId, input.courseId))),
    db
      .selectDistinct({ id: quizAttempts.quizId })
      .from(quizAttempts)
      .innerJoin(quizzes, eq(quizzes.id, quizAttempts.quizId))
      .where(
        and(
          eq(quizAttempts.userId, input.userId),
          eq(quizAttempts.passed, true),
          inArray(quizzes.moduleId, db.select({ id: modules.id }).from(modules).where(eq(modules.courseId, input.courseId))),
        ),
      ),
  ]);
  return { doneLessonIds: new Set(lessonRows.map((r) => r.id)), passedQuizIds: new Set(quizRows.map((r) => r.id)) };
}
