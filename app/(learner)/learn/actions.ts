"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { getDb } from "@/db";
import { requireUser } from "@/lib/auth/guards";
import { itemHref } from "@/lib/learning/course-progress";
import { getCourseOutline, outlineItems } from "@/lib/learning/get-course-outline";
import { getQuizForLearner } from "@/lib/learning/get-quiz-for-learner";
import { lessonFormSchema, quizAnswersFromForm, quizFormSchema } from "@/lib/learning/learning-params";
import { LearningAccessError, markLessonComplete } from "@/lib/learning/mark-lesson-complete";
import type { QuizFormState } from "@/lib/learning/quiz-form-state";
import { submitQuizAttempt } from "@/lib/learning/submit-quiz-attempt";

// "Mark complete and continue": records progress, then goes to the celebration on
// the first completion, else to the next item of the syllabus.
export async function markLessonCompleteAction(formData: FormData): Promise<void> {
  const user = await requireUser("/learning");
  const parsed = lessonFormSchema.safeParse({ courseSlug: formData.get("courseSlug"), lessonId: formData.get("lessonId") });
  if (!parsed.success) redirect("/learning");
  const { courseSlug, lessonId } = parsed.data;
  const db = await getDb();
  const outline = await getCourseOutline(db, { slug: courseSlug });
  if (!outline) redirect("/learning");
  let destination = `/learn/${courseSlug}/${lessonId}`;
  try {
    const completion = await markLessonComplete(db, { userId: user.id, courseId: outline.id, lessonId });
    const items = outlineItems(outline);
    const following = items[items.findIndex((i) => i.id === lessonId) + 1];
    if (completion.firstTime) destination = `/learn/${courseSlug}/complete`;
    else if (following) destination = itemHref(courseSlug, following);
    else destination = `/learn/${courseSlug}`;
  } catch (error) {
    if (!(error instanceof LearningAccessError)) throw error;
    // The lesson page shows why (enroll to continue).
  }
  redirect(destination);
}

export async function submitQuizAction(_: QuizFormState, formData: FormData): Promise<QuizFormState> {
  const user = await requireUser("/learning");
  const parsed = quizFormSchema.safeParse({ courseSlug: formData.get("courseSlug"), quizId: formData.get("quizId") });
  if (!parsed.success) return { status: "error", message: "This quiz could not be found." };
  const db = await getDb();
  const [outline, quiz] = await Promise.all([getCourseOutline(db, { slug: parsed.data.courseSlug }), getQuizForLearner(db, { quizId: parsed.data.quizId })]);
  if (!outline || !quiz) return { status: "error", message: "This quiz could not be found." };
  const answers = quizAnswersFromForm(formData);
  const unanswered = quiz.questions.filter((q) => !answers[q.id]?.length).length;
  if (unanswered > 0) return { status: "error", message: `Answer every question before you submit (${unanswered} left).` };
  try {
    const result = await submitQuizAttempt(db, { userId: user.id, courseId: outline.id, quizId: quiz.id, answers });
    revalidatePath(`/learn/${outline.slug}`, "layout"); // the syllabus marks and the attempt list
    return {
      status: "graded",
      attemptId: result.attemptId,
      scorePercent: result.scorePercent,
      passPercent: quiz.passPercent,
      correctCount: result.correctCount,
      questionCount: result.questionCount,
      passed: result.passed,
      courseCompleted: result.completion.completed,
      feedback: result.feedback,
    };
  } catch (error) {
    if (error instanceof LearningAccessError) return { status: "error", message: error.message };
    throw error;
  }
}
