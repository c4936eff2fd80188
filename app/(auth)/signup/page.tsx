import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { ActionForm } from "@/components/forms/action-form";
import { TextField } from "@/components/forms/text-field";
import { Card } from "@/components/ui/card";
import { getCurrentUser } from "@/lib/auth/current-user";
import { PASSWORD_RULES } from "@/lib/auth/passwords";
import { signUp } from "../actions";

export const metadata: Metadata = { title: "Create your account" };
export const dynamic = "force-dynamic";

export default async function SignUpPage() {
  if (await getCurrentUser()) redirect("/account");
  return (
    <div className="space-y-6">
      <header className="text-center">
        <h1 className="text-2xl font-bold tracking-tight">Create your Microcred account</h1>
        <p className="mt-1 text-sm text-slate-600">
          Already have one?{" "}
          <Link href="/signin" className="font-medium text-brand-700 hover:underline">
            Sign in
          </Link>
        </p>
      </header>
      <Card className="p-6">
        <ActionForm action={signUp} submitLabel="Create account" pendingLabel="Creating…" labels={{ name: "Name", email: "Email", password: "Password" }}>
          <TextField name="name" label="Name" autoComplete="name" required />
          <TextField name="email" label="Email" type="email" autoComplete="email" required />
          <TextField name="password" label="Password" type="password" autoComplete="new-password" required hint={PASSWORD_RULES} />
        </ActionForm>
      </Card>
      <p className="text-center text-xs text-slate-600">We&apos;ll email you a link to confirm the address before you can sign in with your password.</p>
    </div>
  );
}
