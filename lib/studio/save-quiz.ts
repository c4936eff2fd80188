import { asc, eq, inArray } from "drizzle-orm";
import { z } from "zod";
import type { Db } from "@/db";
import { quizOptions, quizQuestions, quizzes } from "@/db/schema";
import type { SessionUser } from "@/lib/auth/load-session-user";
import { EditLockedError } from "./course-outline";
import { getManagedModule } from "./get-managed-course";

// A module's quiz is edited as a whole: title, pass mark, questions and their options.
// Saving replaces the questions in one transaction, so a learner never sees half a quiz.

const optionSchema = z.object({
  label: z.string().trim().min(1, "every option needs text").max(300, "an option is at most 300 characters"),
  correct: z.boolean(),
});

const questionSchema = z
  .object({
    prompt: z.string().trim().min(3, "every question needs a prompt of at least 3 characters").max(1000),
    kind: z.enum(["single", "multiple"]),
    explanation: z.string().trim().max(1000).default(""),
    options: z.array(optionSchema).min(2, "every question needs at least 2 options").max(8, "at most 8 options per question"),
  })
  .refine((q) => q.options.some((o) => o.correct), { message: "every question needs at least one correct option", path: ["options"] })
  .refine((q) => q.kind === "multiple" || q.options.filter((o) => o.correct).length === 1, {
    message: "a single-answer question has exactly one correct option",
    path: ["kind"],
  });

export const quizFormSchema = z.object({
  title: z.string().trim().min(2, "must be at least 2 characters").max(120),
  passPercent: z.coerce.number({ message: "must be a number" }).int().min(1, "must be between 1 and 100").max(100, "must be between 1 and 100"),
  questions: z.array(questionSchema).min(1, "add at least one question").max(50, "at most 50 questions"),
});
export type QuizFormValues = z.output<typeof quizFormSchema>;

/** FormData with names like questions.0.options.1.label → the nested object quizFormSchema reads. */
export function quizFormData(formData: FormData) {
  const questions: { prompt?: string; kind?: string; explanation?: string; options: { label?: string; correct: boolean }[] }[] = [];
  for (const [key, value] of formData.entries()) {
    if (typeof value !== "string") continue;
    const q = /^questions\.(\d{1,2})\.(prompt|kind|explanation)$/.exec(key);
    const o = /^questions\.(\d{1,2})\.options\.(\d)\.(label|correct)$/.exec(key);
    if (q) (questions[Number(q[1])] ??= { options: [] })[q[2] as "prompt"] = value;
    if (o) {
      const options = (questions[Number(o[1])] ??= { options: [] }).options;
      const option = (options[Number(o[2])] ??= { correct: false });
      if (o[3] === "label") option.label = value;
      else option.correct = value === "on";
    }
  }
  return {
    title: formData.get("title"),
    passPercent: formData.get("passPercent"),
    questions: questions.filter(Boolean).map((q) => ({ ...q, options: q.options.filter(Boolean) })),
  };
}

export async function saveQuiz(db: Db, input: { actor: SessionUser | null; moduleId: string; values: QuizFormValues }) {
  const { module, course } = await getManagedModule(db, input.actor, input.moduleId);
  if (course.status === "in_review") throw new EditLockedError();
  return db.transaction(async (tx) => {
    const [quiz] = await tx
      .insert(quizzes)
      .values({ moduleId: module.id, title: input.values.title, passPercent: input.values.passPercent })
      .onConflictDoUpdate({ target: quizzes.moduleId, set: { title: input.values.title, passPercent: input.values.passPercent, updatedAt: new Date() } })
      .returning();
    await tx.delete(quizQuestions).where(eq(quizQuestions.quizId, quiz!.id));
    for (const [i, q] of input.values.questions.entries()) {
      const [question] = await tx
        .insert(quizQuestions)
        .values({ quizId: quiz!.id, position: i + 1, prompt: q.prompt, kind: q.kind, explanation: q.explanation || null })
        .returning({ id: quizQuestions.id });
      await tx.insert(quizOptions).values(q.options.map((o, j) => ({ questionId: question!.id, position: j + 1, label: o.label, isCorrect: o.correct })));
    }
    return quiz!;
  });
}

export async function deleteQuiz(db: Db, input: { actor: SessionUser | null; moduleId: string }) {
  const { module, course } = await getManagedModule(db, input.actor, input.moduleId);
  if (course.status === "in_review") throw new EditLockedError();
  await db.delete(quizzes).where(eq(quizzes.moduleId, module.id));
}

/** The quiz of a module for the editor, correct answers included (members only). */
export async function getQuizForEditor(db: Db, input: { actor: SessionUser | null; moduleId: string }) {
  const { module, course } = await getManagedModule(db, input.actor, input.moduleId);
  const [quiz] = await db.select().from(quizzes).where(eq(quizzes.moduleId, module.id));
  if (!quiz) return { module, course, quiz: null, questions: [] };
  const questions = await db.select().from(quizQuestions).where(eq(quizQuestions.quizId, quiz.id)).orderBy(asc(quizQuestions.position));
  const options = questions.length
    ? await db.select().from(quizOptions).where(inArray(quizOptions.questionId, questions.map((q) => q.id))).orderBy(asc(quizOptions.position))
    : [];
  return {
    module,
    course,
    quiz,
    questions: questions.map((q) => ({ ...q, options: options.filter((o) => o.questionId === q.id) })),
  };
}
