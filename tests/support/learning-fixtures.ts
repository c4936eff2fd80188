// Builders for learning tests: a course with modules, lessons and quizzes, and an
// enrolled learner.
import { eq } from "drizzle-orm";
import type { Db } from "@/db";
import { enrollments, lessons, modules, quizOptions, quizQuestions, quizzes } from "@/db/schema";
import { enrollFree } from "@/lib/enrollments/enroll-free";
import { makeCourse, makeProvider } from "./fixtures";
import { makeUser } from "./users";

type QuestionSpec = { prompt: string; kind?: "single" | "multiple"; options: [label: string, correct: boolean][]; explanation?: string };
type ModuleSpec = { lessons: { title: string; isPreview?: boolean }[]; quiz?: { passPercent?: number; questions: QuestionSpec[] } };

export async function makeLearningCourse(db: Db, spec: { modules: ModuleSpec[]; priceAmount?: number }) {
  const provider = await makeProvider(db);
  const course = await makeCourse(db, provider.id, { priceAmount: spec.priceAmount ?? 0 });
  const lessonIds: string[] = [];
  const quizIds: string[] = [];
  for (const [mi, m] of spec.modules.entries()) {
    const [mod] = await db.insert(modules).values({ courseId: course.id, position: mi + 1, title: `Module ${mi + 1}` }).returning();
    for (const [li, l] of m.lessons.entries()) {
      const [row] = await db
        .insert(lessons)
        .values({ moduleId: mod!.id, position: li + 1, title: l.title, body: `# ${l.title}\n\nBody of ${l.title}.`, isPreview: l.isPreview ?? false })
        .returning();
      lessonIds.push(row!.id);
    }
    if (m.quiz) quizIds.push(await makeQuiz(db, mod!.id, m.quiz));
  }
  return { course, moduleCount: spec.modules.length, lessonIds, quizIds };
}

export async function makeQuiz(db: Db, moduleId: string, spec: { passPercent?: number; questions: QuestionSpec[] }) {
  const [quiz] = await db.insert(quizzes).values({ moduleId, title: "Check your understanding", passPercent: spec.passPercent ?? 70 }).returning();
  for (const [qi, q] of spec.questions.entries()) {
    const [question] = await db
      .insert(quizQuestions)
      .values({ quizId: quiz!.id, position: qi + 1, prompt: q.prompt, kind: q.kind ?? "single", explanation: q.explanation ?? null })
      .returning();
    await db.insert(quizOptions).values(q.options.map(([label, isCorrect], oi) => ({ questionId: question!.id, position: oi + 1, label, isCorrect })));
  }
  return quiz!.id;
}

/** The option ids of a quiz, by question prompt, split into right and wrong. */
export async function answerKey(db: Db, quizId: string) {
  const rows = await db
    .select({ questionId: quizQuestions.id, prompt: quizQuestions.prompt, optionId: quizOptions.id, isCorrect: quizOptions.isCorrect })
    .from(quizOptions)
    .innerJoin(quizQuestions, eq(quizQuestions.id, quizOptions.questionId))
    .where(eq(quizQuestions.quizId, quizId));
  const right: Record<string, string[]> = {};
  const wrong: Record<string, string[]> = {};
  for (const r of rows) (r.isCorrect ? right : wrong)[r.questionId] = [...((r.isCorrect ? right : wrong)[r.questionId] ?? []), r.optionId];
  return { right, wrong };
}

export async function makeEnrolledLearner(db: Db, courseId: string) {
  const user = await makeUser(db);
  const enrollment = await enrollFree(db, { userId: user.id, courseId });
  return { user, enrollment };
}

export async function setEnrollmentStatus(db: Db, enrollmentId: string, status: "active" | "refunded" | "revoked" | "suspended") {
  await db.update(enrollments).set({ status }).where(eq(enrollments.id, enrollmentId));
}
