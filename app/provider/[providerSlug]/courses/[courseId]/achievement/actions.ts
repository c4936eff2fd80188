"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { getDb } from "@/db";
import { requireProviderMember } from "@/lib/auth/guards";
import { env } from "@/lib/config/env";
import { achievementImageMimes } from "@/lib/credentials/achievement-image";
import { achievementFormToInput, achievementInputSchema, getAchievementForEditor, updateAchievement } from "@/lib/credentials/update-achievement";
import { getUploadStore } from "@/lib/uploads/get-upload-store";
import { detectImageType } from "@/lib/uploads/image-type";
import { pickedFile, storeImageUpload } from "@/lib/uploads/store-image-upload";
import { getProviderBySlug } from "@/lib/payments/provider-sales";
import type { AchievementFormState } from "@/components/credentials/achievement-form-state";

const idsSchema = z.object({ providerSlug: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/), courseId: z.uuid() });

export async function saveAchievementAction(_: AchievementFormState, formData: FormData): Promise<AchievementFormState> {
  const actor = await requireProviderMember("/provider");
  const ids = idsSchema.safeParse({ providerSlug: formData.get("providerSlug"), courseId: formData.get("courseId") });
  if (!ids.success) return { status: "error", message: "This course could not be found." };
  const db = await getDb();
  const provider = await getProviderBySlug(db, ids.data.providerSlug);
  if (!provider) return { status: "error", message: "This course could not be found." };
  const raw = achievementFormToInput(formData);
  const parsed = achievementInputSchema.safeParse(raw);
  if (!parsed.success) {
    const fieldErrors: Record<string, string> = {};
    for (const issue of parsed.error.issues) fieldErrors[issue.path.map(String).join(".")] ??= issue.message;
    return { status: "error", message: "Please correct the highlighted fields.", fieldErrors, values: raw };
  }
  const image = await readImageChoice(formData);
  if (image.error) return { status: "error", message: "Please correct the highlighted fields.", fieldErrors: { image: image.error }, values: raw };
  let imagePath: string | null | undefined = image.remove ? null : undefined;
  if (image.file) {
    // Membership and ownership first: nothing is stored for someone who may not edit this course.
    const loaded = await getAchievementForEditor(db, { actor, providerId: provider.id, courseId: ids.data.courseId, appUrl: env().APP_URL });
    if (!loaded) return { status: "error", message: "This course could not be found." };
    const stored = await storeImageUpload(getUploadStore(), image.file, { kind: "achievement-image" });
    if (!stored.ok) return { status: "error", message: "Please correct the highlighted fields.", fieldErrors: { image: stored.message }, values: raw };
    imagePath = stored.key;
  }
  // updateAchievement checks that the actor manages this provider and that the course is its own.
  const result = await updateAchievement(db, { actor, providerId: provider.id, courseId: ids.data.courseId, appUrl: env().APP_URL, values: parsed.data, imagePath });
  if (!result.ok) return { status: "error", message: "This course could not be found." };
  revalidatePath(`/provider/${provider.slug}/courses/${ids.data.courseId}/achievement`);
  return { status: "success", message: "Saved. Credentials issued from now on carry these details." };
}

/** The image fields: a picked PNG or JPEG file, or "use the generated badge". */
async function readImageChoice(formData: FormData): Promise<{ file?: File; remove?: boolean; error?: string }> {
  const file = pickedFile(formData.get("image"));
  if (!file) return { remove: formData.get("removeImage") === "on" };
  const type = detectImageType(new Uint8Array(await file.slice(0, 16).arrayBuffer()));
  if (!type || !(achievementImageMimes as readonly string[]).includes(type.mime)) return { error: "Upload a PNG or JPEG image." };
  return { file };
}
