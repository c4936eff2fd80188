import { eq } from "drizzle-orm";
import { courses, lessons, modules, quizzes, type Course } from "@/db/schema";
import type { SessionUser } from "@/lib/auth/load-session-user";
import { assertCanManageProvider } from "@/lib/auth/policy";
import type { DbOrTx } from "@/lib/audit/record-audit";

// Every studio write starts from the row in the database: the provider that owns it
// is read from there and checked against the actor, never taken from the form.

export class NotFoundError extends Error {
  constructor(what = "It") {
    super(`${what} was not found`);
    this.name = "NotFoundError";
  }
}

export async function getManagedCourse(db: DbOrTx, actor: SessionUser | null, courseId: string): Promise<Course> {
  const [course] = await db.select().from(courses).where(eq(courses.id, courseId));
  if (!course) throw new NotFoundError("The course");
  assertCanManageProvider(actor, course.providerId);
  return course;
}

export async function getManagedModule(db: DbOrTx, actor: SessionUser | null, moduleId: string) {
  const [row] = await db
    .select({ module: modules, providerId: courses.providerId, course: courses })
    .from(modules)
    .innerJoin(courses, eq(courses.id, modules.courseId))
    .where(eq(modules.id, moduleId));
  if (!row) throw new NotFoundError("The module");
  assertCanManageProvider(actor, row.providerId);
  return row;
}

export async function getManagedLesson(db: DbOrTx, actor: SessionUser | null, lessonId: string) {
  const [row] = await db
    .select({ lesson: lessons, module: modules, course: courses })
    .from(lessons)
    .innerJoin(modules, eq(modules.id, lessons.moduleId))
    .innerJoin(courses, eq(courses.id, modules.courseId))
    .where(eq(lessons.id, lessonId));
  if (!row) throw new NotFoundError("The lesson");
  assertCanManageProvider(actor, row.course.providerId);
  return row;
}

export async function getManagedQuiz(db: DbOrTx, actor: SessionUser | null, quizId: string) {
  const [row] = await db
    .select({ quiz: quizzes, module: modules, course: courses })
    .from(quizzes)
    .innerJoin(modules, eq(modules.id, quizzes.moduleId))
    .innerJoin(courses, eq(courses.id, modules.courseId))
    .where(eq(quizzes.id, quizId));
  if (!row) throw new NotFoundError("The quiz");
  assertCanManageProvider(actor, row.course.providerId);
  return row;
}
