"use server";

import { revalidatePath } from "next/cache";
import { getDb } from "@/db";
import { requireUser } from "@/lib/auth/guards";
import { changePassword, changePasswordSchema, nameSchema, updateName } from "@/lib/auth/update-account";
import { formError, formFields, formSuccess, invalidForm, type FormState } from "@/lib/forms/form-state";
import { applicationSchema, applyAsProvider } from "@/lib/providers/apply-as-provider";
import { z } from "zod";

export async function updateNameAction(_: FormState, formData: FormData): Promise<FormState> {
  const user = await requireUser("/account");
  const parsed = z.object({ name: nameSchema }).safeParse(formFields(formData));
  if (!parsed.success) return invalidForm(parsed.error);
  await updateName(await getDb(), { userId: user.id, name: parsed.data.name });
  revalidatePath("/", "layout");
  return formSuccess("Your name was saved.");
}

export async function changePasswordAction(_: FormState, formData: FormData): Promise<FormState> {
  const user = await requireUser("/account");
  const parsed = changePasswordSchema.safeParse(formFields(formData));
  if (!parsed.success) return invalidForm(parsed.error);
  const result = await changePassword(await getDb(), { userId: user.id, ...parsed.data });
  if (!result.ok) return formError("Your current password is not right.");
  return formSuccess("Your password was changed.");
}

export async function applyAsProviderAction(_: FormState, formData: FormData): Promise<FormState> {
  const user = await requireUser("/account");
  const parsed = applicationSchema.safeParse(formFields(formData));
  if (!parsed.success) return invalidForm(parsed.error);
  const result = await applyAsProvider(await getDb(), { userId: user.id, ...parsed.data });
  if (!result.ok) return formError("You already have an application waiting for review.");
  revalidatePath("/account");
  return formSuccess("Thanks! Your application is with our team. We'll email you the outcome.");
}
