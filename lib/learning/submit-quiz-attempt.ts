import { and, asc, eq, inArray } from "drizzle-orm";
import type { Db } from "@/db";
import { modules, quizAttempts, quizOptions, quizQuestions, quizzes } from "@/db/schema";
import { getCourseAccess } from "@/lib/enrollments/get-course-access";
import { completeCourseIfDone, type CompletionResult } from "./complete-course-if-done";
import { gradeQuiz, type QuizGrade } from "./grade-quiz";
import { LearningAccessError } from "./mark-lesson-complete";

export type QuizSubmission = QuizGrade & { attemptId: string; completion: CompletionResult };

// Grades on the server against the stored answer key, stores every attempt with
// its score, and — when it passes — checks whether the course is now complete.
export async function submitQuizAttempt(
  db: Db,
  input: { userId: string; courseId: string; quizId: string; answers: Record<string, string[]> },
): Promise<QuizSubmission> {
  const [quiz] = await db
    .select({ id: quizzes.id, passPercent: quizzes.passPercent })
    .from(quizzes)
    .innerJoin(modules, eq(modules.id, quizzes.moduleId))
    .where(and(eq(quizzes.id, input.quizId), eq(modules.courseId, input.courseId)))
    .limit(1);
  if (!quiz) throw new LearningAccessError("This quiz is not part of the course");
  const { hasAccess } = await getCourseAccess(db, { userId: input.userId, courseId: input.courseId });
  if (!hasAccess) throw new LearningAccessError("Enroll in the course to take its quizzes");

  const questions = await db
    .select({ id: quizQuestions.id, explanation: quizQuestions.explanation })
    .from(quizQuestions)
    .where(eq(quizQuestions.quizId, quiz.id))
    .orderBy(asc(quizQuestions.position));
  const options =
    questions.length === 0
      ? []
      : await db
          .select({ id: quizOptions.id, questionId: quizOptions.questionId, isCorrect: quizOptions.isCorrect })
          .from(quizOptions)
          .where(inArray(quizOptions.questionId, questions.map((q) => q.id)));
  const grade = gradeQuiz(
    questions.map((q) => ({ ...q, options: options.filter((o) => o.questionId === q.id) })),
    quiz.passPercent,
    input.answers,
  );

  const known = new Set(questions.map((q) => q.id));
  const stored = Object.fromEntries(Object.entries(input.answers).filter(([id]) => known.has(id)));
  const [attempt] = await db
    .insert(quizAttempts)
    .values({
      userId: input.userId,
      quizId: quiz.id,
      scorePercent: grade.scorePercent,
      correctCount: grade.correctCount,
      questionCount: grade.questionCount,
      passed: grade.passed,
      answers: stored,
    })
    .returning({ id: quizAttempts.id });
  const completion = grade.passed
    ? await completeCourseIfDone(db, { userId: input.userId, courseId: input.courseId })
    : { completed: false, firstTime: false, completedAt: null };
  return { ...grade, attemptId: attempt!.id, completion };
}
