import type { Metadata } from "next";
import { CredentialAdminList } from "@/components/credentials/credential-admin-list";
import { Button } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import { Input } from "@/components/ui/input";
import { findCredentials, listRevocations } from "@/lib/credentials/manage-credentials";
import { loadStudioProvider } from "../load-provider";
import { revokeCredentialProviderAction } from "./actions";

export const metadata: Metadata = { title: "Issued credentials" };
export const dynamic = "force-dynamic";

type Props = { params: Promise<{ providerSlug: string }>; searchParams: Promise<{ q?: string; notice?: string }> };

export default async function ProviderCredentialsPage({ params, searchParams }: Props) {
  const { db, provider, user } = await loadStudioProvider((await params).providerSlug, "credentials");
  const { q = "", notice } = await searchParams;
  const [found, revocations] = await Promise.all([
    findCredentials(db, { actor: user, providerId: provider.id, query: String(q) }),
    listRevocations(db, { actor: user, providerId: provider.id, limit: 20 }),
  ]);
  return (
    <div className="space-y-8">
      <header className="space-y-1">
        <h1 className="text-3xl font-bold tracking-tight">Issued credentials</h1>
        <p className="text-sm text-slate-700">Credentials {provider.name} issued. Revoke one that should not stand, with a reason: the verification page shows it.</p>
      </header>
      {notice ? (
        <p role="status" className="rounded-lg border border-slate-200 bg-white p-3 text-sm">
          {notice}
        </p>
      ) : null}
      <form method="get" className="flex flex-wrap items-end gap-2" role="search">
        <div className="min-w-64 flex-1">
          <label htmlFor="credential-q" className="block text-sm font-medium text-slate-900">
            Credential id, learner email or course
          </label>
          <Input id="credential-q" name="q" defaultValue={String(q)} />
        </div>
        <Button type="submit">Find</Button>
      </form>
      <section aria-labelledby="results" className="space-y-3">
        <h2 id="results" className="text-xl font-semibold">
          Results
        </h2>
        {q ? (
          found.length ? (
            <CredentialAdminList rows={found} revokeAction={revokeCredentialProviderAction} hiddenFields={{ providerSlug: provider.slug }} />
          ) : (
            <EmptyState title="No credentials found">Try the full credential id, the learner&apos;s exact email, or part of the course title.</EmptyState>
          )
        ) : (
          <p className="text-sm text-slate-600">Search to see credentials.</p>
        )}
      </section>
      <section aria-labelledby="revocations" className="space-y-3">
        <h2 id="revocations" className="text-xl font-semibold">
          Latest revocations
        </h2>
        {revocations.length ? <CredentialAdminList rows={revocations} revokeAction={revokeCredentialProviderAction} hiddenFields={{ providerSlug: provider.slug }} /> : <p className="text-sm text-slate-600">None of your credentials has been revoked.</p>}
      </section>
    </div>
  );
}
