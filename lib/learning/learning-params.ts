import { z } from "zod";

// Route and form parameters of the player, checked before anything reaches the database.
export const courseSlugSchema = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/).max(200);
export const itemIdSchema = z.uuid();

export const lessonFormSchema = z.object({ courseSlug: courseSlugSchema, lessonId: itemIdSchema });
export const quizFormSchema = z.object({ courseSlug: courseSlugSchema, quizId: itemIdSchema });

/** Quiz answers arrive as fields named `q.<questionId>` (repeated for multiple choice). */
export function quizAnswersFromForm(formData: FormData): Record<string, string[]> {
  const answers: Record<string, string[]> = {};
  for (const [key, value] of formData.entries()) {
    if (!key.startsWith("q.") || typeof value !== "string") continue;
    const questionId = key.slice(2);
    if (!itemIdSchema.safeParse(questionId).success || !itemIdSchema.safeParse(value).success) continue;
    (answers[questionId] ??= []).push(value);
  }
  return answers;
}
