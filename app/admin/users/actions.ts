"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { getDb } from "@/db";
import { optionalReasonSchema, reasonSchema } from "@/lib/admin/admin-inputs";
import { resultToForm } from "@/lib/admin/admin-result-form";
import { grantProviderMembership, removeProviderMembership } from "@/lib/admin/set-provider-membership";
import { reinstateUser, suspendUser } from "@/lib/admin/suspend-user";
import { requireAdmin } from "@/lib/auth/guards";
import { formFields, invalidForm, type FormState } from "@/lib/forms/form-state";

const userId = z.string().trim().min(1, "Unknown user").max(100);
const suspensionSchema = z.object({ userId, decision: z.enum(["suspend", "reinstate"]), reason: reasonSchema });
const membershipSchema = z.discriminatedUnion("change", [
  z.object({ change: z.literal("grant"), userId, providerId: z.uuid("Choose a provider"), role: z.enum(["owner", "editor"]), reason: optionalReasonSchema }),
  z.object({ change: z.literal("remove"), userId, providerId: z.uuid("Unknown provider"), reason: optionalReasonSchema }),
]);

export async function setUserSuspensionAction(_: FormState, formData: FormData): Promise<FormState> {
  const actor = await requireAdmin("/admin/users");
  const parsed = suspensionSchema.safeParse(formFields(formData));
  if (!parsed.success) return invalidForm(parsed.error);
  const { decision, ...input } = parsed.data;
  const db = await getDb();
  const result = decision === "suspend" ? await suspendUser(db, { actor, ...input }) : await reinstateUser(db, { actor, ...input });
  revalidatePath(`/admin/users/${input.userId}`);
  return resultToForm(result, decision === "suspend" ? "Suspended: they are signed out everywhere and cannot sign in." : "Reinstated: they can sign in again.");
}

export async function setMembershipAction(_: FormState, formData: FormData): Promise<FormState> {
  const actor = await requireAdmin("/admin/users");
  const parsed = membershipSchema.safeParse(formFields(formData));
  if (!parsed.success) return invalidForm(parsed.error);
  const db = await getDb();
  const input = parsed.data;
  const result = input.change === "grant" ? await grantProviderMembership(db, { actor, ...input }) : await removeProviderMembership(db, { actor, ...input });
  revalidatePath(`/admin/users/${input.userId}`);
  return resultToForm(result, input.change === "grant" ? "Membership granted." : "Membership removed.");
}
