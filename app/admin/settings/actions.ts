"use server";

import { revalidatePath } from "next/cache";
import { getDb } from "@/db";
import { settingsFormSchema, updateMarketplaceSettings } from "@/lib/admin/update-marketplace-settings";
import { requireAdmin } from "@/lib/auth/guards";
import { formFields, formSuccess, invalidForm, type FormState } from "@/lib/forms/form-state";

export async function updateSettingsAction(_: FormState, formData: FormData): Promise<FormState> {
  const actor = await requireAdmin("/admin/settings");
  const parsed = settingsFormSchema.safeParse(formFields(formData));
  if (!parsed.success) return invalidForm(parsed.error);
  const { platformFeePercent, refundWindowDays, checkoutExpiryMinutes, reason } = parsed.data;
  const result = await updateMarketplaceSettings(await getDb(), {
    actor,
    settings: { platformFeeBps: platformFeePercent!, refundWindowDays, checkoutExpiryMinutes },
    reason,
  });
  revalidatePath("/admin/settings");
  return formSuccess(result.changed ? "Saved. New checkouts, orders and refund requests follow the new rules." : "Nothing changed.");
}
