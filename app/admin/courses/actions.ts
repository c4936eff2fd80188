"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { z } from "zod";
import { getDb } from "@/db";
import { requireAdmin } from "@/lib/auth/guards";
import { invalidateCatalog } from "@/lib/catalog/cached-search";
import { env } from "@/lib/config/env";
import { formError, invalidForm, type FormState } from "@/lib/forms/form-state";
import { approveCourse, sendBackCourse, sendBackSchema } from "@/lib/studio/course-review";
import { NotFoundError } from "@/lib/studio/get-managed-course";

// Course review decisions. Approving publishes the course and refreshes the catalog
// (search vocabulary in approveCourse, cached pages here).

export async function approveCourseAction(_: FormState, formData: FormData): Promise<FormState> {
  const user = await requireAdmin("/admin/courses");
  const courseId = z.uuid().safeParse(formData.get("courseId"));
  if (!courseId.success) return formError("Unknown course.");
  try {
    const result = await approveCourse(await getDb(), { actor: user, courseId: courseId.data, appUrl: env().APP_URL });
    if (!result.ok) return formError(result.message);
  } catch (error) {
    if (error instanceof NotFoundError) return formError(error.message);
    throw error;
  }
  invalidateCatalog();
  revalidatePath("/admin/courses");
  revalidatePath("/provider", "layout");
  redirect("/admin/courses?decided=approved");
}

export async function sendBackCourseAction(_: FormState, formData: FormData): Promise<FormState> {
  const user = await requireAdmin("/admin/courses");
  const parsed = sendBackSchema.safeParse({ courseId: formData.get("courseId"), reason: formData.get("reason") });
  if (!parsed.success) return invalidForm(parsed.error);
  try {
    const result = await sendBackCourse(await getDb(), { actor: user, ...parsed.data, appUrl: env().APP_URL });
    if (!result.ok) return formError(result.message);
  } catch (error) {
    if (error instanceof NotFoundError) return formError(error.message);
    throw error;
  }
  revalidatePath("/admin/courses");
  revalidatePath("/provider", "layout");
  redirect("/admin/courses?decided=sent-back");
}
