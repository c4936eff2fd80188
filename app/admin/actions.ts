"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { getDb } from "@/db";
import { requireAdmin } from "@/lib/auth/guards";
import { env } from "@/lib/config/env";
import { formError, formFields, formSuccess, invalidForm, type FormState } from "@/lib/forms/form-state";
import { decideApplication, decisionSchema } from "@/lib/providers/decide-application";

const inputSchema = z.object({ applicationId: z.uuid("Unknown application") }).and(decisionSchema);

export async function decideApplicationAction(_: FormState, formData: FormData): Promise<FormState> {
  const actor = await requireAdmin("/admin/applications");
  const parsed = inputSchema.safeParse(formFields(formData));
  if (!parsed.success) return invalidForm(parsed.error);
  const result = await decideApplication(await getDb(), { actor, appUrl: env().APP_URL, ...parsed.data });
  if (!result.ok) return formError(result.reason === "not_found" ? "That application does not exist." : "Someone already decided this application.");
  revalidatePath("/admin/applications");
  return formSuccess(parsed.data.decision === "approve" ? "Approved: the provider now exists and the applicant owns it." : "Rejected; the applicant was told why.");
}
