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
  OutlineChangedError,
  renameModule,
  reorderLessons,
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
  if (error instanceof ForbiddenError || error instanceof NotFoundError || error instanceof EditLockedError || error instanceof OutlineChangedError) return formError(error.message);
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

type Outcome = FormState | { message: string; catalogChanged?: boolean };

// The shared shape of a studio form action on one course: find the course the user
// manages (else a refusal message), run the change, refresh the studio (and the catalog
// when the change shows there — by default when the course is published).
async function inManagedCourse(user: SessionUser, courseId: string, work: (db: Awaited<ReturnType<typeof getDb>>) => Promise<Outcome>): Promise<FormState> {
  const db = await getDb();
  try {
    const { path, course } = await studioPathOf(db, user, courseId);
    const outcome = await work(db);
    if ("status" in outcome) return outcome;
    refresh(path, outcome.catalogChanged ?? course.status === "published");
    return formSuccess(outcome.message);
  } catch (error) {
    return refusal(error) ?? Promise.reject(error);
  }
}

const fieldRefusal = (result: { field?: string; message: string }): FormState =>
  result.field ? { status: "error", message: "Please correct the highlighted fields.", fieldErrors: { [result.field]: result.message } } : formError(result.message);

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
    if (!result.ok) return fieldRefusal(result);
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
  return inManagedCourse(user, courseId.data, async (db) => {
    const cover = await coverFrom(formData);
    if (!cover.ok) return cover.state;
    const result = await updateCourse(db, { actor: user, courseId: courseId.data, values: { ...parsed.data, ...(cover.key ? { coverImageKey: cover.key } : {}) } });
    if (!result.ok) return fieldRefusal(result);
    return { message: "Course saved.", catalogChanged: result.course.status === "published" };
  });
}

export async function submitCourseAction(_: FormState, formData: FormData): Promise<FormState> {
  const user = await requireUser("/provider");
  const courseId = id.safeParse(formData.get("courseId"));
  if (!courseId.success) return formError("Unknown course.");
  return inManagedCourse(user, courseId.data, async (db) => {
    const result = await submitCourseForReview(db, { actor: user, courseId: courseId.data });
    if (!result.ok) return formError(result.message);
    return { message: "Submitted for review. We'll email you when a reviewer decides.", catalogChanged: false };
  });
}

export async function archiveCourseAction(_: FormState, formData: FormData): Promise<FormState> {
  const user = await requireUser("/provider");
  const parsed = z.object({ courseId: id, archived: z.enum(["true", "false"]) }).safeParse({ courseId: formData.get("courseId"), archived: formData.get("archived") });
  if (!parsed.success) return formError("Unknown course.");
  return inManagedCourse(user, parsed.data.courseId, async (db) => {
    const result = await archiveCourse(db, { actor: user, courseId: parsed.data.courseId, archived: parsed.data.archived === "true" });
    if (!result.ok) return formError(result.message);
    return {
      message: parsed.data.archived === "true" ? "Course archived: it left the catalog; enrolled learners keep access." : "Course restored to the catalog.",
      catalogChanged: true,
    };
  });
}

export async function addModuleAction(_: FormState, formData: FormData): Promise<FormState> {
  const user = await requireUser("/provider");
  const courseId = id.safeParse(formData.get("courseId"));
  const parsed = moduleTitleSchema.safeParse({ title: formData.get("title") });
  if (!courseId.success) return formError("Unknown course.");
  if (!parsed.success) return invalidForm(parsed.error);
  return inManagedCourse(user, courseId.data, async (db) => {
    await addModule(db, { actor: user, courseId: courseId.data, title: parsed.data.title });
    return { message: `Module “${parsed.data.title}” added.` };
  });
}

export async function renameModuleAction(_: FormState, formData: FormData): Promise<FormState> {
  const user = await requireUser("/provider");
  const courseId = id.safeParse(formData.get("courseId"));
  const moduleId = id.safeParse(formData.get("moduleId"));
  const parsed = moduleTitleSchema.safeParse({ title: formData.get("title") });
  if (!courseId.success || !moduleId.success) return formError("Unknown module.");
  if (!parsed.success) return invalidForm(parsed.error);
  return inManagedCourse(user, courseId.data, async (db) => {
    await renameModule(db, { actor: user, moduleId: moduleId.data, title: parsed.data.title });
    return { message: "Module renamed." };
  });
}

export async function addLessonAction(_: FormState, formData: FormData): Promise<FormState> {
  const user = await requireUser("/provider");
  const courseId = id.safeParse(formData.get("courseId"));
  const moduleId = id.safeParse(formData.get("moduleId"));
  const parsed = moduleTitleSchema.safeParse({ title: formData.get("title") });
  if (!courseId.success || !moduleId.success) return formError("Unknown module.");
  if (!parsed.success) return invalidForm(parsed.error);
  return inManagedCourse(user, courseId.data, async (db) => {
    await addLesson(db, { actor: user, moduleId: moduleId.data, title: parsed.data.title });
    return { message: `Lesson “${parsed.data.title}” added.` };
  });
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
  return inManagedCourse(user, courseId.data, async (db) => {
    await updateLesson(db, { actor: user, lessonId: lessonId.data, values: parsed.data });
    return { message: "Lesson saved." };
  });
}

export async function saveQuizAction(_: FormState, formData: FormData): Promise<FormState> {
  const user = await requireUser("/provider");
  const courseId = id.safeParse(formData.get("courseId"));
  const moduleId = id.safeParse(formData.get("moduleId"));
  if (!courseId.success || !moduleId.success) return formError("Unknown module.");
  const parsed = quizFormSchema.safeParse(quizFormData(formData));
  if (!parsed.success) return { ...invalidForm(parsed.error), fieldErrors: { questions: parsed.error.issues[0]!.message } };
  return inManagedCourse(user, courseId.data, async (db) => {
    await saveQuiz(db, { actor: user, moduleId: moduleId.data, values: parsed.data });
    return { message: "Quiz saved." };
  });
}

// Plain form actions for the outline's small buttons (move, delete). A refused one
// (crafted ids, a course in review) throws: the error page says so.
const outlineItem = z.object({ courseId: id, itemId: id, direction: z.enum(["up", "down"]).optional() });
type OutlineInput = z.infer<typeof outlineItem>;

/** Runs one outline change on a course the user manages; returns the studio path of the course. */
async function changeOutline(
  user: SessionUser,
  formData: FormData,
  work: (db: Awaited<ReturnType<typeof getDb>>, input: OutlineInput) => Promise<unknown>,
): Promise<string> {
  const input = outlineItem.parse({ courseId: formData.get("courseId"), itemId: formData.get("itemId"), direction: formData.get("direction") ?? undefined });
  const db = await getDb();
  const { path, course } = await studioPathOf(db, user, input.courseId);
  await work(db, input);
  refresh(path, course.status === "published");
  return path;
}

export async function moveModuleAction(formData: FormData): Promise<void> {
  const user = await requireUser("/provider");
  await changeOutline(user, formData, (db, input) => moveModule(db, { actor: user, moduleId: input.itemId, direction: input.direction ?? "up" }));
}

export async function moveLessonAction(formData: FormData): Promise<void> {
  const user = await requireUser("/provider");
  await changeOutline(user, formData, (db, input) => moveLesson(db, { actor: user, lessonId: input.itemId, direction: input.direction ?? "up" }));
}

export async function deleteModuleAction(formData: FormData): Promise<void> {
  const user = await requireUser("/provider");
  await changeOutline(user, formData, (db, input) => deleteModule(db, { actor: user, moduleId: input.itemId }));
}

export async function deleteLessonAction(formData: FormData): Promise<void> {
  const user = await requireUser("/provider");
  redirect(await changeOutline(user, formData, (db, input) => deleteLesson(db, { actor: user, lessonId: input.itemId })));
}

export async function deleteQuizAction(formData: FormData): Promise<void> {
  const user = await requireUser("/provider");
  redirect(await changeOutline(user, formData, (db, input) => deleteQuiz(db, { actor: user, moduleId: input.itemId })));
}

const lessonOrder = z.object({ courseId: id, moduleId: id, lessonIds: z.array(id).min(1).max(500) });

/** Drag and drop: the whole new order of one module's lessons. */
export async function reorderLessonsAction(input: z.input<typeof lessonOrder>): Promise<FormState> {
  const user = await requireUser("/provider");
  const parsed = lessonOrder.safeParse(input);
  if (!parsed.success) return formError("Unknown lessons.");
  return inManagedCourse(user, parsed.data.courseId, async (db) => {
    await reorderLessons(db, { actor: user, moduleId: parsed.data.moduleId, lessonIds: parsed.data.lessonIds });
    return { message: "New order saved." };
  });
}

export async function createDefaultAchievementAction(_: FormState, formData: FormData): Promise<FormState> {
  const user = await requireUser("/provider");
  const courseId = id.safeParse(formData.get("courseId"));
  if (!courseId.success) return formError("Unknown course.");
  return inManagedCourse(user, courseId.data, async (db) => {
    const result = await createDefaultAchievement(db, { actor: user, courseId: courseId.data });
    return {
      message: result.created ? "A certificate of completion was added. You can refine it in the achievement editor." : "The course already has an achievement.",
      catalogChanged: false,
    };
  });
}
