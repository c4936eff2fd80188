import type { Metadata } from "next";
import Link from "next/link";
import { ActionForm } from "@/components/forms/action-form";
import { TextField } from "@/components/forms/text-field";
import { Badge } from "@/components/ui/badge";
import { Card } from "@/components/ui/card";
import { Field } from "@/components/ui/input";
import { fieldClasses } from "@/components/ui/input";
import { getDb } from "@/db";
import { requireUser } from "@/lib/auth/guards";
import { PASSWORD_RULES } from "@/lib/auth/passwords";
import { listMyApplications } from "@/lib/providers/apply-as-provider";
import { applyAsProviderAction, changePasswordAction, updateNameAction } from "./actions";

export const metadata: Metadata = { title: "Your account" };
export const dynamic = "force-dynamic";

const statusTone = { pending: "warning", approved: "success", rejected: "danger" } as const;

export default async function AccountPage() {
  const user = await requireUser("/account");
  const applications = await listMyApplications(await getDb(), { userId: user.id });
  const hasPending = applications.some((a) => a.status === "pending");
  const roles = ["Learner", ...(user.memberships.length ? ["Provider"] : []), ...(user.isAdmin ? ["Admin"] : [])];

  return (
    <div className="mx-auto max-w-3xl space-y-8">
      <header>
        <h1 className="text-3xl font-bold tracking-tight">Your account</h1>
        <p className="mt-1 text-slate-600">{user.email}</p>
        <ul aria-label="Your roles" className="mt-3 flex flex-wrap gap-2">
          {roles.map((r) => (
            <li key={r}>
              <Badge tone="brand">{r}</Badge>
            </li>
          ))}
        </ul>
      </header>

      <Card className="p-6">
        <h2 className="mb-4 text-lg font-semibold">Profile</h2>
        <ActionForm action={updateNameAction} submitLabel="Save name" pendingLabel="Saving…" labels={{ name: "Name" }}>
          <TextField name="name" label="Name" defaultValue={user.name ?? ""} autoComplete="name" required />
        </ActionForm>
      </Card>

      <Card className="p-6">
        <h2 className="mb-4 text-lg font-semibold">Password</h2>
        <ActionForm
          action={changePasswordAction}
          submitLabel="Change password"
          pendingLabel="Saving…"
          labels={{ currentPassword: "Current password", newPassword: "New password", confirmPassword: "Confirm password" }}
        >
          <TextField name="currentPassword" label="Current password" type="password" autoComplete="current-password" hint="Leave empty if you have never set a password." />
          <TextField name="newPassword" label="New password" type="password" autoComplete="new-password" hint={PASSWORD_RULES} />
          <TextField name="confirmPassword" label="Confirm new password" type="password" autoComplete="new-password" />
        </ActionForm>
      </Card>

      <Card className="space-y-4 p-6" aria-labelledby="provider-heading">
        <h2 id="provider-heading" className="text-lg font-semibold">
          Teach on Microcred
        </h2>
        {user.memberships.length > 0 ? (
          <p className="text-sm text-slate-700">
            You are a member of {user.memberships.map((m) => m.providerName).join(", ")}.{" "}
            <Link href="/provider" className="font-medium text-brand-700 hover:underline">
              Open the provider studio
            </Link>
          </p>
        ) : null}
        {applications.length > 0 ? (
          <ul className="space-y-2" aria-label="Your provider applications">
            {applications.map((a) => (
              <li key={a.id} className="rounded-lg border border-slate-200 p-3 text-sm">
                <div className="flex items-center justify-between gap-2">
                  <span className="font-medium">{a.organizationName}</span>
                  <Badge tone={statusTone[a.status]}>Application {a.status}</Badge>
                </div>
                {a.decisionReason ? <p className="mt-1 text-slate-600">Reviewer&apos;s note: {a.decisionReason}</p> : null}
              </li>
            ))}
          </ul>
        ) : null}
        {hasPending ? null : (
          <>
            <p className="text-sm text-slate-600">
              Run courses for an organisation? Apply to become a provider. Our team reviews every application.
            </p>
            <ActionForm
              action={applyAsProviderAction}
              submitLabel="Apply as a provider"
              pendingLabel="Sending…"
              variant="secondary"
              labels={{ organizationName: "Organisation name", website: "Website", description: "Description" }}
            >
              <TextField name="organizationName" label="Organisation name" required />
              <TextField name="website" label="Website" type="url" placeholder="https://example.org" required />
              <Field id="apply-description" label="What will you teach?" hint="At least 20 characters.">
                <textarea id="apply-description" name="description" rows={4} required aria-describedby="apply-description-hint" className={fieldClasses} />
              </Field>
            </ActionForm>
          </>
        )}
      </Card>
    </div>
  );
}
