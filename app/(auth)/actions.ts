"use server";

import { AuthError, CredentialsSignin } from "next-auth";
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { z } from "zod";
import { signIn, signOut } from "@/auth";
import { getDb } from "@/db";
import { clientIp } from "@/lib/auth/client-ip";
import { emailSchema } from "@/lib/auth/email";
import { passwordSchema } from "@/lib/auth/passwords";
import { requestPasswordReset, resetPassword } from "@/lib/auth/password-reset";
import { consumeRateLimits, RATE_LIMITS, scaledLimit } from "@/lib/auth/rate-limit";
import { registerUser, signUpSchema } from "@/lib/auth/register-user";
import { safeRedirectPath } from "@/lib/auth/safe-redirect";
import { env } from "@/lib/config/env";
import { formError, formFields, invalidForm, type FormState } from "@/lib/forms/form-state";
import { enqueueMail } from "@/lib/mail/enqueue-mail";

const TOO_MANY = "Too many attempts. Please wait a few minutes and try again.";

export async function signInWithPassword(_: FormState, formData: FormData): Promise<FormState> {
  const fields = formFields(formData);
  const parsed = z.object({ email: emailSchema, password: z.string().min(1, "Enter your password") }).safeParse(fields);
  if (!parsed.success) return invalidForm(parsed.error);
  try {
    await signIn("password", { ...parsed.data, redirectTo: safeRedirectPath(fields.callbackUrl, "/account") });
  } catch (error) {
    if (error instanceof CredentialsSignin) {
      return formError(error.code === "rate_limited" ? TOO_MANY : "Email or password is incorrect, or the account is not confirmed yet.");
    }
    if (error instanceof AuthError) return formError("Sign-in failed. Please try again.");
    throw error; // the redirect after a successful sign-in
  }
  return formError("Sign-in failed. Please try again.");
}

async function limitEmailLinks(email: string) {
  const ip = clientIp(await headers());
  return consumeRateLimits(await getDb(), [
    [`emaillink:ip:${ip}`, scaledLimit(RATE_LIMITS.emailLinkPerIp)],
    [`emaillink:email:${email}`, scaledLimit(RATE_LIMITS.emailLinkPerEmail)],
  ]);
}

export async function sendSignInLink(_: FormState, formData: FormData): Promise<FormState> {
  const fields = formFields(formData);
  const parsed = z.object({ email: emailSchema }).safeParse(fields);
  if (!parsed.success) return invalidForm(parsed.error);
  if (!(await limitEmailLinks(parsed.data.email)).allowed) return formError(TOO_MANY);
  await signIn("email", { email: parsed.data.email, redirect: false, redirectTo: safeRedirectPath(fields.callbackUrl, "/account") });
  redirect("/signin/check-email");
}

export async function signUp(_: FormState, formData: FormData): Promise<FormState> {
  const parsed = signUpSchema.safeParse(formFields(formData));
  if (!parsed.success) return invalidForm(parsed.error);
  const db = await getDb();
  const ip = clientIp(await headers());
  const limit = await consumeRateLimits(db, [
    [`signup:ip:${ip}`, scaledLimit(RATE_LIMITS.signUpPerIp)],
    [`emaillink:email:${parsed.data.email}`, scaledLimit(RATE_LIMITS.emailLinkPerEmail)],
  ]);
  if (!limit.allowed) return formError(TOO_MANY);
  const { created } = await registerUser(db, parsed.data);
  // Same page either way, so sign-up never reveals which emails have accounts.
  if (created) {
    await signIn("email", { email: parsed.data.email, redirect: false, redirectTo: "/account" });
  } else {
    await enqueueMail(db, {
      to: parsed.data.email,
      subject: "You already have a Microcred account",
      text: `Someone tried to sign up with this email, but you already have an account.\n\nSign in: ${env().APP_URL}/signin\nForgot your password? ${env().APP_URL}/forgot-password`,
    });
  }
  redirect("/signin/check-email?from=signup");
}

export async function sendPasswordReset(_: FormState, formData: FormData): Promise<FormState> {
  const parsed = z.object({ email: emailSchema }).safeParse(formFields(formData));
  if (!parsed.success) return invalidForm(parsed.error);
  if (!(await limitEmailLinks(parsed.data.email)).allowed) return formError(TOO_MANY);
  await requestPasswordReset(await getDb(), { email: parsed.data.email, appUrl: env().APP_URL });
  redirect("/signin/check-email?from=reset");
}

const resetSchema = z
  .object({ token: z.string().min(20).max(200), password: passwordSchema, confirmPassword: z.string() })
  .refine((v) => v.password === v.confirmPassword, { path: ["confirmPassword"], message: "The passwords don't match" });

export async function chooseNewPassword(_: FormState, formData: FormData): Promise<FormState> {
  const parsed = resetSchema.safeParse(formFields(formData));
  if (!parsed.success) return invalidForm(parsed.error);
  const result = await resetPassword(await getDb(), parsed.data);
  if (!result.ok) return formError("This reset link has expired or was already used. Ask for a new one.");
  redirect("/signin?reset=1");
}

export async function signOutAction(): Promise<void> {
  // A different path than most pages, so the header's account menu re-checks at once.
  await signOut({ redirectTo: "/signin?signedOut=1" });
}

export async function signInWithOAuth(formData: FormData): Promise<void> {
  const provider = z.enum(["github", "google"]).parse(formData.get("provider"));
  await signIn(provider, { redirectTo: safeRedirectPath(formData.get("callbackUrl"), "/account") });
}
