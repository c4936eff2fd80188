"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { getDb } from "@/db";
import { reasonSchema } from "@/lib/admin/admin-inputs";
import { resultToForm } from "@/lib/admin/admin-result-form";
import { feePercentSchema, setProviderFee } from "@/lib/admin/set-provider-fee";
import { reinstateProvider, suspendProvider } from "@/lib/admin/set-provider-status";
import { requireAdmin } from "@/lib/auth/guards";
import { invalidateCatalog } from "@/lib/catalog/cached-search";
import { formFields, invalidForm, type FormState } from "@/lib/forms/form-state";

const statusSchema = z.object({ providerId: z.uuid("Unknown provider"), decision: z.enum(["suspend", "reinstate"]), reason: reasonSchema });
const feeSchema = z.object({ providerId: z.uuid("Unknown provider"), feePercent: feePercentSchema, reason: reasonSchema });

export async function setProviderStatusAction(_: FormState, formData: FormData): Promise<FormState> {
  const actor = await requireAdmin("/admin/providers");
  const parsed = statusSchema.safeParse(formFields(formData));
  if (!parsed.success) return invalidForm(parsed.error);
  const { decision, ...input } = parsed.data;
  const db = await getDb();
  const result = decision === "suspend" ? await suspendProvider(db, { actor, ...input }) : await reinstateProvider(db, { actor, ...input });
  // The catalog, course pages and search are cached by tag: drop them so the change shows at once.
  if (result.ok) invalidateCatalog();
  revalidatePath("/admin/providers");
  return resultToForm(result, decision === "suspend" ? "Suspended: its courses left the catalog; enrolled learners keep access." : "Reinstated: its published courses are back in the catalog.");
}

export async function setProviderFeeAction(_: FormState, formData: FormData): Promise<FormState> {
  const actor = await requireAdmin("/admin/providers");
  const parsed = feeSchema.safeParse(formFields(formData));
  if (!parsed.success) return invalidForm(parsed.error);
  const result = await setProviderFee(await getDb(), { actor, providerId: parsed.data.providerId, platformFeeBps: parsed.data.feePercent, reason: parsed.data.reason });
  revalidatePath("/admin/providers");
  return resultToForm(result, parsed.data.feePercent === null ? "Override removed: the marketplace fee applies to new orders." : "Fee saved: it applies to new orders.");
}
