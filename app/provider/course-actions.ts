"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { z } from "zod";
import { getDb } from "@/db";
import { requireUser } from "@/lib/auth/guards";
import type { SessionUser } from "@/lib/auth/load-session-user";
import { assertCanManageProvider, ForbiddenError } from "@/lib/auth/policy";
import { invalidateCatalog } from "@/lib/catalog/cached-search";
import { formError, formSuccess, invalidForm, type FormState } from "@/lib/forms/form-state";
import { getProviderBySlug } from "@/lib/payments/provider-sales";
import { courseFormData, courseFormSchema } from "@/lib/studio/course-input";
import {
  addLesson,
  addModule,
  deleteLesson,
  deleteModule,
  EditLockedError,
  lessonFormSchema,
  moduleTitleSchema,
  moveLesson,
  moveModule,
  renameModule,
  updateLesson,
} from "@/lib/studio/course-outline";
import { archiveCourse, submitCourseForReview } from "@/lib/studio/course-review";
import { getManagedCourse, NotFoundError } from "@/lib/studio/get-managed-course";
import { createDefaultAchievement } from "@/lib/studio/create-default-achievement";
import { createCourse, updateCourse } from "@/lib/studio/save-course";
import { deleteQuiz, quizFormData, quizFormSchema, saveQuiz } from "@/lib/studio/save-quiz";
import { getUploadStore } from "@/lib/uploads/get-upload-store";
import { pickedFile, storeImageUpload } from "@/lib/uploads/store-image-upload";

// Studio server actions. Each one: guard, zod-parse the form, then a domain function
// that loads the row and checks membership of *its* provider (ids in the form are
// never trusted). Expected refusals come back as form messages.

const id = z.uuid("Unknown item.");

function refusal(error: unknown): FormState | null {
  if (error instanceof ForbiddenError || error instanceof NotFoundError || error instanceof EditLockedError) return formError(error.message);
  return null;
}

async function studioPathOf(db: Awaited<ReturnType<typeof getDb>>, user: SessionUser, courseId: string) {
  const course = await getManagedCourse(db, user, courseId);
  const slug = user.memberships.find((m) => m.providerId === course.providerId)?.providerSlug;
  return { course, path: slug ? `/provider/${slug}/courses/${course.id}` : `/admin/courses/${course.id}` };
}

function refresh(path: string, published: boolean) {
  revalidatePath(path, "layout");
  revalidatePath("/provider");
  if (published) invalidateCatalog();
}

async function coverFrom(formData: FormData): Promise<{ ok: true; key?: string } | { ok: false; state: FormState }> {
  const file = pickedFile(formData.get("cover"));
  if (!file) return { ok: true };
  const stored = await storeImageUpload(getUploadStore(), file, { kind: "course-cover" });
  return stored.ok ? { ok: true, key: stored.key } : { ok: false, state: { status: "error", message: "Please correct the highlighted fields.", fieldErrors: { cover: stored.message } } };
}

export async function createCourseAction(_: FormState, formData: FormData): Promise<FormState> {
  const user = await requireUser("/provider");
  const parsed = courseFormSchema.safeParse(courseFormData(formData));
  if (!parsed.success) return invalidForm(parsed.error);
  const db = await getDb();
  const provider = await getProviderBySlug(db, String(formData.get("providerSlug") ?? ""));
  if (!provider) return formError("Unknown provider.");
  let courseId: string;
  try {
    // Membership before anything is stored, the cover file included.
    assertCanManageProvider(user, provider.id);
    const cover = await coverFrom(formData);
    if (!cover.ok) return cover.state;
    const result = await createCourse(db, { actor: user, providerId: provider.id, values: { ...parsed.data, coverImageKey: cover.key ?? null } });
    if (!result.ok) return result.field ? { status: "error", message: "Please correct the highlighted fields.", fieldErrors: { [result.field]: result.message } } : formError(result.message);
    courseId = result.course.id;
  } catch (error) {
    return refusal(error) ?? Promise.reject(error);
  }
  revalidatePath("/provider");
  redirect(`/provider/${provider.slug}/courses/${courseId}?created=1`);
}

export async function updateCourseAction(_: FormState, formData: FormData): Promise<FormState> {
  const user = await requireUser("/provider");
  const courseId = id.safeParse(formData.get("courseId"));
  if (!courseId.success) return formError("Unknown course.");
  const parsed = courseFormSchema.safeParse(courseFormData(formData));
  if (!parsed.success) return invalidForm(parsed.error);
  const db = await getDb();
  try {
    const { path } = await studioPathOf(db, user, courseId.data);
    const cover = await coverFrom(formData);
    if (!cover.ok) return cover.state;
    const result = await updateCourse(db, { actor: user, courseId: courseId.data, values: { ...parsed.data, ...(cover.key ? { coverImageKey: cover.key } : {}) } });
    if (!result.ok) return result.field ? { status: "error", message: "Please correct the highlighted fields.", fieldErrors: { [result.field]: result.message } } : formError(result.message);
    refresh(path, result.course.status === "published");
    return formSuccess("Course saved.");
  } catch (error) {
    return refusal(error) ?? Promise.reject(error);
  }
}

export async function submitCourseAction(_: FormState, formData: FormData): Promise<FormState> {
  const user = await requireUser("/provider");
  const courseId = id.safeParse(formData.get("courseId"));
  if (!courseId.success) return formError("Unknown course.");
  const db = await getDb();
  try {
    const { path } = await studioPathOf(db, user, courseId.data);
    const result = await submitCourseForReview(db, { actor: user, courseId: courseId.data });
    if (!result.ok) return formError(result.message);
    refresh(path, false);
    return formSuccess("Submitted for review. We'll email you when a reviewer decides.");
  } catch (error) {
    return refusal(error) ?? Promise.reject(error);
  }
}

export async function archiveCourseAction(_: FormState, formData: FormData): Promise<FormState> {
  const user = await requireUser("/provider");
  const parsed = z.object({ courseId: id, archived: z.enum(["true", "false"]) }).safeParse({ courseId: formData.get("courseId"), archived: formData.get("archived") });
  if (!parsed.success) return formError("Unknown course.");
  const db = await getDb();
  try {
    const { path } = await studioPathOf(db, user, parsed.data.courseId);
    const result = await archiveCourse(db, { actor: user, courseId: parsed.data.courseId, archived: parsed.data.archived === "true" });
    if (!result.ok) return formError(result.message);
    refresh(path, true);
    return formSuccess(parsed.data.archived === "true" ? "Course archived: it left the catalog; enrolled learners keep access." : "Course restored to the catalog.");
  } catch (error) {
    return refusal(error) ?? Promise.reject(error);
  }
}

export async function addModuleAction(_: FormState, formData: FormData): Promise<FormState> {
  const user = await requireUser("/provider");
  const courseId = id.safeParse(formData.get("courseId"));
  const parsed = moduleTitleSchema.safeParse({ title: formData.get("title") });
  if (!courseId.success) return formError("Unknown course.");
  if (!parsed.success) return invalidForm(parsed.error);
  const db = await getDb();
  try {
    const { path, course } = await studioPathOf(db, user, courseId.data);
    await addModule(db, { actor: user, courseId: courseId.data, title: parsed.data.title });
    refresh(path, course.status === "published");
    return formSuccess(`Module “${parsed.data.title}” added.`);
  } catch (error) {
    return refusal(error) ?? Promise.reject(error);
  }
}

export async function renameModuleAction(_: FormState, formData: FormData): Promise<FormState> {
  const user = await requireUser("/provider");
  const courseId = id.safeParse(formData.get("courseId"));
  const moduleId = id.safeParse(formData.get("moduleId"));
  const parsed = moduleTitleSchema.safeParse({ title: formData.get("title") });
  if (!courseId.success || !moduleId.success) return formError("Unknown module.");
  if (!parsed.success) return invalidForm(parsed.error);
  const db = await getDb();
  try {
    const { path, course } = await studioPathOf(db, user, courseId.data);
    await renameModule(db, { actor: user, moduleId: moduleId.data, title: parsed.data.title });
    refresh(path, course.status === "published");
    return formSuccess("Module renamed.");
  } catch (error) {
    return refusal(error) ?? Promise.reject(error);
  }
}

export async function addLessonAction(_: FormState, formData: FormData): Promise<FormState> {
  const user = await requireUser("/provider");
  const courseId = id.safeParse(formData.get("courseId"));
  const moduleId = id.safeParse(formData.get("moduleId"));
  const parsed = moduleTitleSchema.safeParse({ title: formData.get("title") });
  if (!courseId.success || !moduleId.success) return formError("Unknown module.");
  if (!parsed.success) return invalidForm(parsed.error);
  const db = await getDb();
  try {
    const { path, course } = await studioPathOf(db, user, courseId.data);
    await addLesson(db, { actor: user, moduleId: moduleId.data, title: parsed.data.title });
    refresh(path, course.status === "published");
    return formSuccess(`Lesson “${parsed.data.title}” added.`);
  } catch (error) {
    return refusal(error) ?? Promise.reject(error);
  }
}

export async function saveLessonAction(_: FormState, formData: FormData): Promise<FormState> {
  const user = await requireUser("/provider");
  const courseId = id.safeParse(formData.get("courseId"));
  const lessonId = id.safeParse(formData.get("lessonId"));
  if (!courseId.success || !lessonId.success) return formError("Unknown lesson.");
  const parsed = lessonFormSchema.safeParse({
    title: formData.get("title"),
    body: formData.get("body") ?? "",
    videoUrl: formData.get("videoUrl") ?? "",
    isPreview: formData.get("isPreview") ?? "",
    durationMinutes: formData.get("durationMinutes") ?? undefined,
  });
  if (!parsed.success) return invalidForm(parsed.error);
  const db = await getDb();
  try {
    const { path, course } = await studioPathOf(db, user, courseId.data);
    await updateLesson(db, { actor: user, lessonId: lessonId.data, values: parsed.data });
    refresh(path, course.status === "published");
    return formSuccess("Lesson saved.");
  } catch (error) {
    return refusal(error) ?? Promise.reject(error);
  }
}

export async function saveQuizAction(_: FormState, formData: FormData): Promise<FormState> {
  const user = await requireUser("/provider");
  const courseId = id.safeParse(formData.get("courseId"));
  const moduleId = id.safeParse(formData.get("moduleId"));
  if (!courseId.success || !moduleId.success) return formError("Unknown module.");
  const parsed = quizFormSchema.safeParse(quizFormData(formData));
  if (!parsed.success) return { ...invalidForm(parsed.error), fieldErrors: { questions: parsed.error.issues[0]!.message } };
  const db = await getDb();
  try {
    const { path, course } = await studioPathOf(db, user, courseId.data);
    await saveQuiz(db, { actor: user, moduleId: moduleId.data, values: parsed.data });
    refresh(path, course.status === "published");
    return formSuccess("Quiz saved.");
  } catch (error) {
    return refusal(error) ?? Promise.reject(error);
  }
}

// Plain form actions for the outline's small buttons (move, delete). A refused one
// (crafted ids, a course in review) throws: the error page says so.
const outlineItem = z.object({ courseId: id, itemId: id, direction: z.enum(["up", "down"]).optional() });

export async function moveModuleAction(formData: FormData): Promise<void> {
  const user = await requireUser("/provider");
  const input = outlineItem.parse({ courseId: formData.get("courseId"), itemId: formData.get("itemId"), direction: formData.get("direction") });
  const db = await getDb();
  const { path, course } = await studioPathOf(db, user, input.courseId);
  await moveModule(db, { actor: user, moduleId: input.itemId, direction: input.direction ?? "up" });
  refresh(path, course.status === "published");
}

export async function moveLessonAction(formData: FormData): Promise<void> {
  const user = await requireUser("/provider");
  const input = outlineItem.parse({ courseId: formData.get("courseId"), itemId: formData.get("itemId"), direction: formData.get("direction") });
  const db = await getDb();
  const { path, course } = await studioPathOf(db, user, input.courseId);
  await moveLesson(db, { actor: user, lessonId: input.itemId, direction: input.direction ?? "up" });
  refresh(path, course.status === "published");
}

export async function deleteModuleAction(formData: FormData): Promise<void> {
  const user = await requireUser("/provider");
  const input = outlineItem.parse({ courseId: formData.get("courseId"), itemId: formData.get("itemId") });
  const db = await getDb();
  const { path, course } = await studioPathOf(db, user, input.courseId);
  await deleteModule(db, { actor: user, moduleId: input.itemId });
  refresh(path, course.status === "published");
}

export async function deleteLessonAction(formData: FormData): Promise<void> {
  const user = await requireUser("/provider");
  const input = outlineItem.parse({ courseId: formData.get("courseId"), itemId: formData.get("itemId") });
  const db = await getDb();
  const { path, course } = await studioPathOf(db, user, input.courseId);
  await deleteLesson(db, { actor: user, lessonId: input.itemId });
  refresh(path, course.status === "published");
  redirect(path);
}

export async function deleteQuizAction(formData: FormData): Promise<void> {
  const user = await requireUser("/provider");
  const input = outlineItem.parse({ courseId: formData.get("courseId"), itemId: formData.get("itemId") });
  const db = await getDb();
  const { path, course } = await studioPathOf(db, user, input.courseId);
  await deleteQuiz(db, { actor: user, moduleId: input.itemId });
  refresh(path, course.status === "published");
  redirect(path);
}

export async function createDefaultAchievementAction(_: FormState, formData: FormData): Promise<FormState> {
  const user = await requireUser("/provider");
  const courseId = id.safeParse(formData.get("courseId"));
  if (!courseId.success) return formError("Unknown course.");
  const db = await getDb();
  try {
    const { path } = await studioPathOf(db, user, courseId.data);
    const result = await createDefaultAchievement(db, { actor: user, courseId: courseId.data });
    refresh(path, false);
    return formSuccess(result.created ? "A certificate of completion was added. You can refine it in the achievement editor." : "The course already has an achievement.");
  } catch (error) {
    return refusal(error) ?? Promise.reject(error);
  }
}
