import { and, asc, eq, inArray } from "drizzle-orm";
import type { Db } from "@/db";
import { courses, lessons, modules, providers, quizQuestions, quizzes } from "@/db/schema";

export type OutlineLesson = { kind: "lesson"; id: string; title: string; isPreview: boolean; durationMinutes: number };
export type OutlineQuiz = { kind: "quiz"; id: string; title: string; questionCount: number };
export type OutlineItem = OutlineLesson | OutlineQuiz;
export type OutlineModule = { id: string; title: string; items: OutlineItem[] };
export type CourseOutline = NonNullable<Awaited<ReturnType<typeof getCourseOutline>>>;

// A course as the player needs it: modules in order, each with its lessons and then
// its quiz. Titles only — lesson bodies and quiz answers are loaded one at a time,
// after the access check. Archived courses stay open to the learners who have them.
export async function getCourseOutline(db: Db, input: { slug: string } | { courseId: string }) {
  const [course] = await db
    .select({
      id: courses.id,
      slug: courses.slug,
      title: courses.title,
      status: courses.status,
      priceAmount: courses.priceAmount,
      currency: courses.currency,
      providerName: providers.name,
    })
    .from(courses)
    .innerJoin(providers, eq(providers.id, courses.providerId))
    .where(and("slug" in input ? eq(courses.slug, input.slug) : eq(courses.id, input.courseId), inArray(courses.status, ["published", "archived"])))
    .limit(1);
  if (!course) return null;

  const moduleRows = await db
    .select({ id: modules.id, title: modules.title })
    .from(modules)
    .where(eq(modules.courseId, course.id))
    .orderBy(asc(modules.position));
  const moduleIds = moduleRows.map((m) => m.id);
  const [lessonRows, quizRows, questionRows] =
    moduleIds.length === 0
      ? [[], [], []]
      : await Promise.all([
          db
            .select({ id: lessons.id, moduleId: lessons.moduleId, title: lessons.title, isPreview: lessons.isPreview, durationMinutes: lessons.durationMinutes })
            .from(lessons)
            .where(inArray(lessons.moduleId, moduleIds))
            .orderBy(asc(lessons.position)),
          db.select({ id: quizzes.id, moduleId: quizzes.moduleId, title: quizzes.title }).from(quizzes).where(inArray(quizzes.moduleId, moduleIds)),
          db
            .select({ quizId: quizQuestions.quizId })
            .from(quizQuestions)
            .innerJoin(quizzes, eq(quizzes.id, quizQuestions.quizId))
            .where(inArray(quizzes.moduleId, moduleIds)),
        ]);

  const modulesOut: OutlineModule[] = moduleRows.map((m) => {
    const items: OutlineItem[] = lessonRows
      .filter((l) => l.moduleId === m.id)
      .map((l) => ({ kind: "lesson", id: l.id, title: l.title, isPreview: l.isPreview, durationMinutes: l.durationMinutes }));
    const quiz = quizRows.find((q) => q.moduleId === m.id);
    if (quiz) items.push({ kind: "quiz", id: quiz.id, title: quiz.title, questionCount: questionRows.filter((q) => q.quizId === quiz.id).length });
    return { id: m.id, title: m.title, items };
  });
  return { ...course, modules: modulesOut };
}

/** Every lesson and quiz of the course in learning order. */
export function outlineItems(outline: { modules: OutlineModule[] }): OutlineItem[] {
  return outline.modules.flatMap((m) => m.items);
}
