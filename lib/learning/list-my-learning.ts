import { and, count, countDistinct, desc, eq, inArray } from "drizzle-orm";
import type { Db } from "@/db";
import { courses, enrollments, lessonProgress, lessons, modules, providers, quizAttempts, quizzes } from "@/db/schema";

export type MyCourse = {
  courseId: string;
  slug: string;
  title: string;
  providerName: string;
  status: "active" | "suspended" | "refunded" | "revoked";
  enrolledAt: Date;
  completedAt: Date | null;
  done: number;
  total: number;
  percent: number;
};

// "My learning": every enrollment with progress counted from the rows, in a fixed
// number of grouped queries however many courses the learner has.
export async function listMyLearning(db: Db, input: { userId: string }): Promise<{ inProgress: MyCourse[]; completed: MyCourse[]; inactive: MyCourse[] }> {
  const rows = await db
    .select({
      courseId: courses.id,
      slug: courses.slug,
      title: courses.title,
      providerName: providers.name,
      status: enrollments.status,
      enrolledAt: enrollments.createdAt,
      completedAt: enrollments.completedAt,
    })
    .from(enrollments)
    .innerJoin(courses, eq(courses.id, enrollments.courseId))
    .innerJoin(providers, eq(providers.id, courses.providerId))
    .where(eq(enrollments.userId, input.userId))
    .orderBy(desc(enrollments.createdAt));
  const ids = rows.map((r) => r.courseId);
  if (ids.length === 0) return { inProgress: [], completed: [], inactive: [] };

  const [lessonTotals, quizTotals, lessonsDone, quizzesPassed] = await Promise.all([
    db.select({ courseId: modules.courseId, n: count() }).from(lessons).innerJoin(modules, eq(modules.id, lessons.moduleId)).where(inArray(modules.courseId, ids)).groupBy(modules.courseId),
    db.select({ courseId: modules.courseId, n: count() }).from(quizzes).innerJoin(modules, eq(modules.id, quizzes.moduleId)).where(inArray(modules.courseId, ids)).groupBy(modules.courseId),
    db
      .select({ courseId: modules.courseId, n: count() })
      .from(lessonProgress)
      .innerJoin(lessons, eq(lessons.id, lessonProgress.lessonId))
      .innerJoin(modules, eq(modules.id, lessons.moduleId))
      .where(and(eq(lessonProgress.userId, input.userId), inArray(modules.courseId, ids)))
      .groupBy(modules.courseId),
    db
      .select({ courseId: modules.courseId, n: countDistinct(quizAttempts.quizId) })
      .from(quizAttempts)
      .innerJoin(quizzes, eq(quizzes.id, quizAttempts.quizId))
      .innerJoin(modules, eq(modules.id, quizzes.moduleId))
      .where(and(eq(quizAttempts.userId, input.userId), eq(quizAttempts.passed, true), inArray(modules.courseId, ids)))
      .groupBy(modules.courseId),
  ]);
  const lookup = (list: { courseId: string; n: number }[], id: string) => Number(list.find((r) => r.courseId === id)?.n ?? 0);

  const all: MyCourse[] = rows.map((r) => {
    const total = lookup(lessonTotals, r.courseId) + lookup(quizTotals, r.courseId);
    const done = lookup(lessonsDone, r.courseId) + lookup(quizzesPassed, r.courseId);
    return { ...r, done, total, percent: total === 0 ? 100 : Math.floor((done * 100) / total) };
  });
  return {
    inProgress: all.filter((c) => c.status === "active" && !c.completedAt),
    completed: all.filter((c) => c.completedAt),
    inactive: all.filter((c) => c.status !== "active" && !c.completedAt),
  };
}
