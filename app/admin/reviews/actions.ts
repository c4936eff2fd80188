"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { getDb } from "@/db";
import { optionalReasonSchema, reasonSchema } from "@/lib/admin/admin-inputs";
import { resultToForm } from "@/lib/admin/admin-result-form";
import { keepReview, removeReview } from "@/lib/admin/moderate-review";
import { requireAdmin } from "@/lib/auth/guards";
import { invalidateCatalog } from "@/lib/catalog/cached-search";
import { formFields, invalidForm, type FormState } from "@/lib/forms/form-state";

const moderationSchema = z.discriminatedUnion("decision", [
  z.object({ decision: z.literal("keep"), reviewId: z.uuid("Unknown review"), reason: optionalReasonSchema }),
  z.object({ decision: z.literal("remove"), reviewId: z.uuid("Unknown review"), reason: reasonSchema }),
]);

export async function moderateReviewAction(_: FormState, formData: FormData): Promise<FormState> {
  const actor = await requireAdmin("/admin/reviews");
  const parsed = moderationSchema.safeParse(formFields(formData));
  if (!parsed.success) return invalidForm(parsed.error);
  const db = await getDb();
  const input = parsed.data;
  const result = input.decision === "keep" ? await keepReview(db, { actor, ...input }) : await removeReview(db, { actor, ...input });
  // A removed review changes the course's rating, which the cached catalog shows.
  if (result.ok && input.decision === "remove") invalidateCatalog();
  revalidatePath("/admin/reviews");
  return resultToForm(result, input.decision === "keep" ? "Kept; the reports are closed." : "Removed; the course rating was updated.");
}
