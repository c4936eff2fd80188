"use server";

import { redirect } from "next/navigation";
import { z } from "zod";
import { getDb } from "@/db";
import { requireUser } from "@/lib/auth/guards";
import { ForbiddenError } from "@/lib/auth/policy";
import { env } from "@/lib/config/env";
import { formError, type FormState } from "@/lib/forms/form-state";
import { getPayments } from "@/lib/payments/payments-config";
import { completeTestOnboarding, payTestSession, type TestPayResult } from "@/lib/payments/test-checkout";

// The "Stripe side" of local test mode: these stand for what a learner does on
// Stripe's hosted page. They only exist while payments run in test mode, and each
// acts only on the signed-in user's own order (lib/payments/test-checkout.ts).
async function testModeFake() {
  const payments = await getPayments();
  if (payments.mode !== "test") throw new Error("Test checkout is only available in local test mode");
  return payments.fake;
}

async function finish(result: TestPayResult): Promise<FormState> {
  if (!result.ok) return formError(result.message);
  // Like Stripe, the event goes out after the payment; waiting for it here just
  // spares the success page its "confirming" state in development.
  await (await testModeFake()).flush();
  redirect(result.successUrl);
}

const payForm = z.object({ sessionId: z.string().regex(/^cs_test_[a-f0-9]+$/), outcome: z.enum(["paid", "processing", "declined"]) });

export async function payTestSessionAction(_: FormState, formData: FormData): Promise<FormState> {
  const user = await requireUser("/orders");
  const parsed = payForm.safeParse({ sessionId: formData.get("sessionId"), outcome: formData.get("outcome") });
  if (!parsed.success) return formError("Unknown checkout session.");
  const fake = await testModeFake();
  if (parsed.data.outcome === "declined") return formError("Your card was declined (simulated). Nothing was charged; try another outcome.");
  return finish(await payTestSession(await getDb(), fake, { sessionId: parsed.data.sessionId, userId: user.id, outcome: parsed.data.outcome }));
}

const settleForm = z.object({ sessionId: z.string().regex(/^cs_test_[a-f0-9]+$/), succeeded: z.enum(["true", "false"]) });

export async function settleTestPaymentAction(_: FormState, formData: FormData): Promise<FormState> {
  const user = await requireUser("/orders");
  const parsed = settleForm.safeParse({ sessionId: formData.get("sessionId"), succeeded: formData.get("succeeded") });
  if (!parsed.success) return formError("Unknown checkout session.");
  const fake = await testModeFake();
  const outcome = parsed.data.succeeded === "true" ? "settle_ok" : "settle_failed";
  return finish(await payTestSession(await getDb(), fake, { sessionId: parsed.data.sessionId, userId: user.id, outcome }));
}

const onboardingForm = z.object({ account: z.string().regex(/^acct_[a-zA-Z0-9]+$/), returnUrl: z.string() });

export async function completeTestOnboardingAction(_: FormState, formData: FormData): Promise<FormState> {
  const user = await requireUser("/provider");
  const parsed = onboardingForm.safeParse({ account: formData.get("account"), returnUrl: formData.get("returnUrl") });
  if (!parsed.success) return formError("Unknown account.");
  const fake = await testModeFake();
  try {
    await completeTestOnboarding(await getDb(), fake, { actor: user, account: parsed.data.account });
  } catch (error) {
    return formError(error instanceof ForbiddenError ? "Unknown account." : error instanceof Error ? error.message : "Unknown account.");
  }
  await fake.flush();
  // Only ever back into this app: the return URL came through a query string.
  const appUrl = env().APP_URL.replace(/\/$/, "");
  redirect(parsed.data.returnUrl.startsWith(`${appUrl}/`) ? parsed.data.returnUrl : "/provider");
}
