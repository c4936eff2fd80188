import type { Metadata } from "next";
import Link from "next/link";
import { ActionForm } from "@/components/forms/action-form";
import { TextField } from "@/components/forms/text-field";
import { Card } from "@/components/ui/card";
import { PASSWORD_RULES } from "@/lib/auth/passwords";
import { chooseNewPassword } from "../actions";

export const metadata: Metadata = { title: "Choose a new password" };

type Props = { searchParams: Promise<Record<string, string | undefined>> };

export default async function ResetPasswordPage({ searchParams }: Props) {
  const { token } = await searchParams;
  return (
    <Card className="space-y-4 p-6">
      <h1 className="text-2xl font-bold tracking-tight">Choose a new password</h1>
      {token ? (
        <ActionForm action={chooseNewPassword} submitLabel="Save new password" pendingLabel="Saving…" labels={{ password: "New password", confirmPassword: "Confirm password" }}>
          <input type="hidden" name="token" value={token} />
          <TextField name="password" label="New password" type="password" autoComplete="new-password" required hint={PASSWORD_RULES} />
          <TextField name="confirmPassword" label="Confirm password" type="password" autoComplete="new-password" required />
        </ActionForm>
      ) : (
        <p className="text-slate-700">
          This page needs the link from your reset email.{" "}
          <Link href="/forgot-password" className="font-medium text-brand-700 hover:underline">
            Ask for a new link
          </Link>
          .
        </p>
      )}
    </Card>
  );
}
