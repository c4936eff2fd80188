import { asc, desc, and, eq, inArray } from "drizzle-orm";
import type { Db } from "@/db";
import { quizAttempts, quizOptions, quizQuestions, quizzes } from "@/db/schema";

export type LearnerQuestion = { id: string; prompt: string; kind: "single" | "multiple"; options: { id: string; label: string }[] };
export type LearnerQuiz = { id: string; title: string; passPercent: number; questions: LearnerQuestion[] };

// The quiz as the browser may see it before grading: the columns are listed one by
// one so is_correct (and the explanations) can never slip into the page.
export async function getQuizForLearner(db: Db, input: { quizId: string }): Promise<LearnerQuiz | null> {
  const [quiz] = await db
    .select({ id: quizzes.id, title: quizzes.title, passPercent: quizzes.passPercent })
    .from(quizzes)
    .where(eq(quizzes.id, input.quizId))
    .limit(1);
  if (!quiz) return null;
  const questions = await db
    .select({ id: quizQuestions.id, prompt: quizQuestions.prompt, kind: quizQuestions.kind })
    .from(quizQuestions)
    .where(eq(quizQuestions.quizId, quiz.id))
    .orderBy(asc(quizQuestions.position));
  const options =
    questions.length === 0
      ? []
      : await db
          .select({ id: quizOptions.id, questionId: quizOptions.questionId, label: quizOptions.label })
          .from(quizOptions)
          .where(inArray(quizOptions.questionId, questions.map((q) => q.id)))
          .orderBy(asc(quizOptions.position));
  return {
    ...quiz,
    questions: questions.map((q) => ({ ...q, options: options.filter((o) => o.questionId === q.id).map(({ id, label }) => ({ id, label })) })),
  };
}

/** A learner's attempts at one quiz, newest first. */
export async function listQuizAttempts(db: Db, input: { userId: string; quizId: string }) {
  return db
    .select({ id: quizAttempts.id, scorePercent: quizAttempts.scorePercent, passed: quizAttempts.passed, createdAt: quizAttempts.createdAt })
    .from(quizAttempts)
    .where(and(eq(quizAttempts.userId, input.userId), eq(quizAttempts.quizId, input.quizId)))
    .orderBy(desc(quizAttempts.createdAt))
    .limit(20);
}
