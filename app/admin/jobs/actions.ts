"use server";

import { revalidatePath } from "next/cache";
import { getDb } from "@/db";
import { resultToForm } from "@/lib/admin/admin-result-form";
import { requireAdmin } from "@/lib/auth/guards";
import { formFields, invalidForm, type FormState } from "@/lib/forms/form-state";
import { retryFailedJob, retryJobSchema } from "@/lib/jobs/retry-failed-job";

export async function retryJobAction(_: FormState, formData: FormData): Promise<FormState> {
  const actor = await requireAdmin("/admin/jobs");
  const parsed = retryJobSchema.safeParse(formFields(formData));
  if (!parsed.success) return invalidForm(parsed.error);
  const result = await retryFailedJob(await getDb(), { actor, kind: parsed.data.kind, jobId: parsed.data.jobId });
  revalidatePath("/admin/jobs");
  return resultToForm(result, "Queued for another attempt.");
}
