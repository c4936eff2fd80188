import type { Metadata } from "next";
import { ActionForm } from "@/components/forms/action-form";
import { TextField } from "@/components/forms/text-field";
import { Card } from "@/components/ui/card";
import { sendPasswordReset } from "../actions";

export const metadata: Metadata = { title: "Reset your password" };

export default function ForgotPasswordPage() {
  return (
    <Card className="space-y-4 p-6">
      <h1 className="text-2xl font-bold tracking-tight">Reset your password</h1>
      <p className="text-sm text-slate-600">Enter the email of your account and we&apos;ll send you a link to choose a new password.</p>
      <ActionForm action={sendPasswordReset} submitLabel="Send reset link" pendingLabel="Sending…" labels={{ email: "Email" }}>
        <TextField name="email" label="Email" type="email" autoComplete="email" required />
      </ActionForm>
    </Card>
  );
}
