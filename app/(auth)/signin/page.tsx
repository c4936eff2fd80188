import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { ActionForm } from "@/components/forms/action-form";
import { TextField } from "@/components/forms/text-field";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { getCurrentUser } from "@/lib/auth/current-user";
import { configuredOAuthProviders } from "@/lib/auth/oauth-providers";
import { env } from "@/lib/config/env";
import { safeRedirectPath } from "@/lib/auth/safe-redirect";
import { sendSignInLink, signInWithOAuth, signInWithPassword } from "../actions";

export const metadata: Metadata = { title: "Sign in" };
export const dynamic = "force-dynamic";

type Props = { searchParams: Promise<Record<string, string | undefined>> };

const authErrors: Record<string, string> = {
  Verification: "That sign-in link has expired or was already used. Ask for a new one below.",
  AccessDenied: "This account cannot sign in. Contact support if you think this is a mistake.",
  OAuthAccountNotLinked: "That email already has an account. Sign in with your password or an email link.",
};

export default async function SignInPage({ searchParams }: Props) {
  const params = await searchParams;
  const callbackUrl = safeRedirectPath(params.callbackUrl, "/account");
  if (await getCurrentUser()) redirect(callbackUrl);
  const oauth = configuredOAuthProviders(env());
  const error = params.error ? (authErrors[params.error] ?? "Sign-in failed. Please try again.") : null;

  return (
    <div className="space-y-6">
      <header className="text-center">
        <h1 className="text-2xl font-bold tracking-tight">Sign in to Microcred</h1>
        <p className="mt-1 text-sm text-slate-600">
          New here?{" "}
          <Link href="/signup" className="font-medium text-brand-700 hover:underline">
            Create an account
          </Link>
        </p>
      </header>
      {error ? (
        <p role="alert" className="rounded-lg border border-red-200 bg-red-50 p-3 text-sm text-red-800">
          {error}
        </p>
      ) : null}
      {params.signedOut ? (
        <p role="status" className="rounded-lg border border-emerald-200 bg-emerald-50 p-3 text-sm text-emerald-800">
          You are signed out.
        </p>
      ) : null}
      {params.reset ? (
        <p role="status" className="rounded-lg border border-emerald-200 bg-emerald-50 p-3 text-sm text-emerald-800">
          Your password was changed. Sign in with the new one.
        </p>
      ) : null}
      <Card className="p-6">
        <h2 className="mb-4 text-base font-semibold">With your password</h2>
        <ActionForm action={signInWithPassword} submitLabel="Sign in" pendingLabel="Signing in…" labels={{ email: "Email", password: "Password" }}>
          <input type="hidden" name="callbackUrl" value={callbackUrl} />
          <TextField name="email" label="Email" type="email" autoComplete="email" required id="signin-email" />
          <TextField name="password" label="Password" type="password" autoComplete="current-password" required id="signin-password" />
          <p className="text-right text-sm">
            <Link href="/forgot-password" className="text-brand-700 hover:underline">
              Forgot your password?
            </Link>
          </p>
        </ActionForm>
      </Card>
      <Card className="p-6">
        <h2 className="mb-1 text-base font-semibold">With a link by email</h2>
        <p className="mb-4 text-sm text-slate-600">No password needed: we mail you a one-time sign-in link.</p>
        <ActionForm action={sendSignInLink} submitLabel="Email me a link" pendingLabel="Sending…" variant="secondary" labels={{ email: "Email" }}>
          <input type="hidden" name="callbackUrl" value={callbackUrl} />
          <TextField name="email" label="Email" type="email" autoComplete="email" required id="magic-email" />
        </ActionForm>
      </Card>
      {oauth.length > 0 ? (
        <div className="space-y-2">
          {oauth.map((p) => (
            <form key={p.id} action={signInWithOAuth}>
              <input type="hidden" name="provider" value={p.id} />
              <input type="hidden" name="callbackUrl" value={callbackUrl} />
              <Button type="submit" variant="secondary" className="w-full">
                Continue with {p.name}
              </Button>
            </form>
          ))}
        </div>
      ) : null}
    </div>
  );
}
