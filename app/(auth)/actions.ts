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
import { consumeAuthLimits, type AuthLimitKind } from "@/lib/auth/auth-limits";
import { isMagicLinkRateLimited } from "@/lib/auth/magic-link-limit";
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

async function authLimit(kind: AuthLimitKind, email: string) {
  return consumeAuthLimits(await getDb(), { kind, address: clientIp(await headers()), email });
}

/** Sends a magic link; false when its limits refused it (counted in auth.ts' signIn callback). */
async function sendMagicLinkTo(email: string, redirectTo: string): Promise<boolean> {
  try {
    await signIn("email", { email, redirect: false, redirectTo });
    return true;
  } catch (error) {
    if (isMagicLinkRateLimited(error)) return false;
    // A suspended account is refused by the same callback: say nothing about it.
    if (error instanceof AuthError && error.type === "AccessDenied") return true;
    throw error;
  }
}

export async function sendSignInLink(_: FormState, formData: FormData): Promise<FormState> {
  const fields = formFields(formData);
  const parsed = z.object({ email: emailSchema }).safeParse(fields);
  if (!parsed.success) return invalidForm(parsed.error);
  if (!(await sendMagicLinkTo(parsed.data.email, safeRedirectPath(fields.callbackUrl, "/account")))) return formError(TOO_MANY);
  redirect("/signin/check-email");
}

export async function signUp(_: FormState, formData: FormData): Promise<FormState> {
  const parsed = signUpSchema.safeParse(formFields(formData));
  if (!parsed.success) return invalidForm(parsed.error);
  const db = await getDb();
  if (!(await authLimit("signup", parsed.data.email)).allowed) return formError(TOO_MANY);
  const { created } = await registerUser(db, parsed.data);
  // Same page either way (even when the link's own limit held it back), so sign-up
  // never reveals which emails have accounts.
  if (created) {
    await sendMagicLinkTo(parsed.data.email, "/account");
  } else if ((await authLimit("emaillink", parsed.data.email)).allowed) {
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
  if (!(await authLimit("emaillink", parsed.data.email)).allowed) return formError(TOO_MANY);
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
