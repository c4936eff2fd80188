"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { getDb } from "@/db";
import { requireProviderMember } from "@/lib/auth/guards";
import { env } from "@/lib/config/env";
import { achievementFormToInput, achievementInputSchema, updateAchievement } from "@/lib/credentials/update-achievement";
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
  // updateAchievement checks that the actor manages this provider and that the course is its own.
  const result = await updateAchievement(db, { actor, providerId: provider.id, courseId: ids.data.courseId, appUrl: env().APP_URL, values: parsed.data });
  if (!result.ok) return { status: "error", message: "This course could not be found." };
  revalidatePath(`/provider/${provider.slug}/courses/${ids.data.courseId}/achievement`);
  return { status: "success", message: "Saved. Credentials issued from now on carry these details." };
}
