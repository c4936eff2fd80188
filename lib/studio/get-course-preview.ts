import { asc, eq, inArray } from "drizzle-orm";
import type { Db } from "@/db";
import { achievements, courseSkills, lessons, modules, providers, quizQuestions, quizzes, skills } from "@/db/schema";
import type { SessionUser } from "@/lib/auth/load-session-user";
import { getManagedCourse } from "./get-managed-course";

/**
 * The whole course as a learner would see it, whatever its status: for admins
 * reviewing it and the provider's members (assertCanManageProvider admits both).
 */
export async function getCoursePreview(db: Db, input: { actor: SessionUser | null; courseId: string }) {
  const course = await getManagedCourse(db, input.actor, input.courseId);
  const [[provider], skillRows, mods, achievement] = await Promise.all([
    db.select({ name: providers.name, slug: providers.slug }).from(providers).where(eq(providers.id, course.providerId)),
    db.select({ name: skills.name }).from(courseSkills).innerJoin(skills, eq(skills.id, courseSkills.skillId)).where(eq(courseSkills.courseId, course.id)).orderBy(skills.name),
    db.select().from(modules).where(eq(modules.courseId, course.id)).orderBy(asc(modules.position)),
    db.select().from(achievements).where(eq(achievements.courseId, course.id)),
  ]);
  const moduleIds = mods.map((m) => m.id);
  const [lessonRows, quizRows] = moduleIds.length
    ? await Promise.all([
        db.select().from(lessons).where(inArray(lessons.moduleId, moduleIds)).orderBy(asc(lessons.position)),
        db.select({ id: quizzes.id, moduleId: quizzes.moduleId, title: quizzes.title, passPercent: quizzes.passPercent, questions: quizQuestions.id }).from(quizzes).leftJoin(quizQuestions, eq(quizQuestions.quizId, quizzes.id)).where(inArray(quizzes.moduleId, moduleIds)),
      ])
    : [[], []];
  return {
    course,
    provider: provider!,
    skills: skillRows.map((s) => s.name),
    achievement: achievement[0] ?? null,
    modules: mods.map((m) => {
      const quiz = quizRows.filter((q) => q.moduleId === m.id);
      return {
        ...m,
        lessons: lessonRows.filter((l) => l.moduleId === m.id),
        quiz: quiz.length ? { title: quiz[0]!.title, passPercent: quiz[0]!.passPercent, questionCount: quiz.filter((q) => q.questions).length } : null,
      };
    }),
  };
}
export type CoursePreview = Awaited<ReturnType<typeof getCoursePreview>>;
