"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { z } from "zod";
import { getDb } from "@/db";
import { requireUser } from "@/lib/auth/guards";
import { ForbiddenError, assertCanManageProvider } from "@/lib/auth/policy";
import { env } from "@/lib/config/env";
import { formError, formFields, formSuccess, invalidForm, type FormState } from "@/lib/forms/form-state";
import { getPayments } from "@/lib/payments/payments-config";
import { createDashboardLink, createOnboardingLink } from "@/lib/payments/provider-payments";
import { getProviderBySlug } from "@/lib/payments/provider-sales";
import { decideRefundRequest, refundDecisionSchema } from "@/lib/payments/refund-requests";

const providerForm = z.object({ providerSlug: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/) });

export async function startOnboardingAction(_: FormState, formData: FormData): Promise<FormState> {
  const user = await requireUser("/provider");
  const parsed = providerForm.safeParse(formFields(formData));
  if (!parsed.success) return formError("Unknown provider.");
  const db = await getDb();
  const provider = await getProviderBySlug(db, parsed.data.providerSlug);
  if (!provider) return formError("Unknown provider.");
  assertCanManageProvider(user, provider.id);
  const payments = await getPayments();
  if (payments.mode === "disabled") return formError(payments.reason);
  let url: string;
  try {
    url = await createOnboardingLink(db, payments.stripe, { providerId: provider.id, email: user.email, appUrl: env().APP_URL });
  } catch (error) {
    console.error("[connect] onboarding link failed", error);
    return formError("We could not reach Stripe. Please try again in a moment.");
  }
  redirect(url);
}

export async function openStripeDashboardAction(_: FormState, formData: FormData): Promise<FormState> {
  const user = await requireUser("/provider");
  const parsed = providerForm.safeParse(formFields(formData));
  if (!parsed.success) return formError("Unknown provider.");
  const provider = await getProviderBySlug(await getDb(), parsed.data.providerSlug);
  if (!provider?.stripeAccountId) return formError("Connect a Stripe account first.");
  assertCanManageProvider(user, provider.id);
  const payments = await getPayments();
  if (payments.mode === "disabled") return formError(payments.reason);
  let url: string;
  try {
    url = await createDashboardLink(payments.stripe, provider.stripeAccountId);
  } catch (error) {
    console.error("[connect] dashboard link failed", error);
    return formError("Stripe did not give us a dashboard link. Finish onboarding first.");
  }
  redirect(url);
}

export async function decideRefundAction(_: FormState, formData: FormData): Promise<FormState> {
  const user = await requireUser("/provider");
  const parsed = refundDecisionSchema.safeParse(formFields(formData));
  if (!parsed.success) return invalidForm(parsed.error);
  const payments = await getPayments();
  try {
    const result = await decideRefundRequest(await getDb(), payments.mode === "disabled" ? null : payments.stripe, {
      actor: user,
      appUrl: env().APP_URL,
      ...parsed.data,
    });
    if (!result.ok) return formError(result.message);
  } catch (error) {
    if (error instanceof ForbiddenError) return formError(error.message);
    throw error;
  }
  revalidatePath("/provider", "layout");
  revalidatePath("/admin/refunds");
  return formSuccess(parsed.data.decision === "grant" ? "Refund granted. The learner's access has ended and they were emailed." : "Request declined; the learner was told why.");
}
