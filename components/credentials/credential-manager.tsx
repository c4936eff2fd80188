import type { ComponentProps, ReactNode } from "react";
import { Button } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import { Input } from "@/components/ui/input";
import { CredentialAdminList, type AdminCredentialRow } from "./credential-admin-list";

type ListProps = Omit<ComponentProps<typeof CredentialAdminList>, "rows">;

/**
 * Find credentials and revoke them, with the latest revocations below: the admin's view
 * of all credentials and a provider's view of its own share it. The page decides the
 * scope (the queries) and the revoke action; this only lays them out.
 */
export function CredentialManager(props: {
  title: string;
  intro: ReactNode;
  notice?: string;
  query: string;
  found: AdminCredentialRow[];
  revocations: AdminCredentialRow[];
  noRevocations: string;
  list: ListProps;
}) {
  const { title, intro, notice, query, found, revocations, noRevocations, list } = props;
  return (
    <div className="space-y-8">
      <header className="space-y-1">
        <h1 className="text-3xl font-bold tracking-tight">{title}</h1>
        <p className="text-sm text-slate-700">{intro}</p>
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
          <Input id="credential-q" name="q" defaultValue={query} />
        </div>
        <Button type="submit">Find</Button>
      </form>
      <section aria-labelledby="results" className="space-y-3">
        <h2 id="results" className="text-xl font-semibold">
          Results
        </h2>
        {query ? (
          found.length ? (
            <CredentialAdminList rows={found} {...list} />
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
        {revocations.length ? <CredentialAdminList rows={revocations} {...list} /> : <p className="text-sm text-slate-600">{noRevocations}</p>}
      </section>
    </div>
  );
}
