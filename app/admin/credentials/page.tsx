import type { Metadata } from "next";
import { CredentialAdminList } from "@/components/credentials/credential-admin-list";
import { Button } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import { Input } from "@/components/ui/input";
import { getDb } from "@/db";
import { requireAdmin } from "@/lib/auth/guards";
import { findCredentials, listRevocations } from "@/lib/credentials/manage-credentials";
import { revokeCredentialAdminAction } from "./actions";

export const metadata: Metadata = { title: "Credentials" };
export const dynamic = "force-dynamic";

export default async function AdminCredentialsPage({ searchParams }: { searchParams: Promise<{ q?: string; notice?: string }> }) {
  const actor = await requireAdmin("/admin/credentials");
  const { q = "", notice } = await searchParams;
  const db = await getDb();
  const [found, revocations] = await Promise.all([findCredentials(db, { actor, query: String(q) }), listRevocations(db, { actor, limit: 20 })]);
  return (
    <div className="space-y-8">
      <header className="space-y-1">
        <h1 className="text-3xl font-bold tracking-tight">Credentials</h1>
        <p className="text-sm text-slate-700">Find a credential by its id, the learner&apos;s email, or the course, and revoke it with a reason. Every revocation is audited.</p>
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
            <CredentialAdminList rows={found} revokeAction={revokeCredentialAdminAction} showProvider />
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
        {revocations.length ? <CredentialAdminList rows={revocations} revokeAction={revokeCredentialAdminAction} showProvider /> : <p className="text-sm text-slate-600">No credential has been revoked.</p>}
      </section>
    </div>
  );
}
