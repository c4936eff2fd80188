"use server";

import { getDb } from "@/db";
import { requireUser } from "@/lib/auth/guards";
import { invalidateCatalog } from "@/lib/catalog/cached-search";
import { formError, formFields, formSuccess, invalidForm, type FormState } from "@/lib/forms/form-state";
import { getCourseOutline } from "@/lib/learning/get-course-outline";
import { courseSlugSchema, itemIdSchema } from "@/lib/learning/learning-params";
import { reportReview, setHelpfulVote } from "@/lib/reviews/review-feedback";
import { reportInputSchema, reviewInputSchema } from "@/lib/reviews/review-input";
import { deleteReview, saveReview } from "@/lib/reviews/save-review";

async function courseIdFor(slug: unknown): Promise<string | null> {
  const parsed = courseSlugSchema.safeParse(slug);
  if (!parsed.success) return null;
  return (await getCourseOutline(await getDb(), { slug: parsed.data }))?.id ?? null;
}

export async function saveReviewAction(_: FormState, formData: FormData): Promise<FormState> {
  const user = await requireUser("/learning");
  const parsed = reviewInputSchema.safeParse(formFields(formData));
  if (!parsed.success) return invalidForm(parsed.error);
  const courseId = await courseIdFor(formData.get("courseSlug"));
  if (!courseId) return formError("This course could not be found.");
  const result = await saveReview(await getDb(), { userId: user.id, courseId, ...parsed.data });
  if (!result.ok) return formError("Only learners who completed this course can review it.");
  invalidateCatalog(); // course pages and rating sorts show the new average
  return formSuccess(result.created ? "Thanks! Your review is published." : "Your review was updated.");
}

export async function deleteReviewAction(_: FormState, formData: FormData): Promise<FormState> {
  const user = await requireUser("/learning");
  const courseId = await courseIdFor(formData.get("courseSlug"));
  if (!courseId) return formError("This course could not be found.");
  const { deleted } = await deleteReview(await getDb(), { userId: user.id, courseId });
  if (deleted) invalidateCatalog();
  return formSuccess("Your review was deleted.");
}

export async function helpfulVoteAction(_: FormState, formData: FormData): Promise<FormState> {
  const user = await requireUser("/learning");
  const reviewId = itemIdSchema.safeParse(formData.get("reviewId"));
  if (!reviewId.success) return formError("Unknown review.");
  const { ok } = await setHelpfulVote(await getDb(), { userId: user.id, reviewId: reviewId.data, helpful: formData.get("helpful") === "true" });
  return ok ? formSuccess("Thanks for your vote.") : formError("You can't vote on this review.");
}

export async function reportReviewAction(_: FormState, formData: FormData): Promise<FormState> {
  const user = await requireUser("/learning");
  const parsed = reportInputSchema.safeParse(formFields(formData));
  if (!parsed.success) return invalidForm(parsed.error);
  const result = await reportReview(await getDb(), { userId: user.id, ...parsed.data });
  if (!result.ok) return formError("Unknown review.");
  return formSuccess(result.alreadyReported ? "You already reported this review; our team will look at it." : "Thanks — our team will look at this review.");
}
