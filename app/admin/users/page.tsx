import type { Metadata } from "next";
import Link from "next/link";
import { adminDate, queryString } from "@/components/admin/format";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { Field, Input } from "@/components/ui/input";
import { Pagination } from "@/components/ui/pagination";
import { getDb } from "@/db";
import { pageSchema, PAGE_SIZE, searchTextSchema } from "@/lib/admin/admin-inputs";
import { searchUsers } from "@/lib/admin/search-users";
import { requireAdmin } from "@/lib/auth/guards";

export const metadata: Metadata = { title: "Users" };
export const dynamic = "force-dynamic";

type Props = { searchParams: Promise<{ q?: string; page?: string }> };

export default async function AdminUsersPage({ searchParams }: Props) {
  const actor = await requireAdmin("/admin/users");
  const raw = await searchParams;
  const q = searchTextSchema.catch(undefined).parse(raw.q);
  const page = pageSchema.parse(raw.page);
  const { rows, total } = await searchUsers(await getDb(), { actor, q, page });
  return (
    <div className="space-y-6">
      <h1 className="text-3xl font-bold tracking-tight">Users</h1>
      <form method="get" role="search" aria-label="Users" className="flex flex-wrap items-end gap-3">
        <Field id="user-q" label="Name or email">
          <Input id="user-q" name="q" type="search" defaultValue={q ?? ""} className="w-72" />
        </Field>
        <Button type="submit" variant="secondary">Search</Button>
      </form>
      <p className="text-sm text-slate-600" aria-live="polite">
        {total.toLocaleString("en-US")} {total === 1 ? "user" : "users"}
        {q ? ` matching “${q}”` : ""}
      </p>
      {rows.length === 0 ? (
        <EmptyState title="No users found">Try part of a name or an email address.</EmptyState>
      ) : (
        <Card className="overflow-x-auto">
          <table className="w-full text-left text-sm">
            <caption className="sr-only">Users, newest first</caption>
            <thead className="border-b border-slate-200 text-slate-600">
              <tr>
                <th scope="col" className="px-4 py-3 font-medium">Name</th>
                <th scope="col" className="px-4 py-3 font-medium">Email</th>
                <th scope="col" className="px-4 py-3 font-medium">Roles</th>
                <th scope="col" className="px-4 py-3 text-right font-medium">Enrollments</th>
                <th scope="col" className="px-4 py-3 font-medium">Joined</th>
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-100">
              {rows.map((u) => (
                <tr key={u.id}>
                  <td className="px-4 py-3">
                    <Link href={`/admin/users/${u.id}`} className="font-medium text-brand-700 hover:underline">
                      {u.name ?? "Unnamed"}
                    </Link>
                  </td>
                  <td className="px-4 py-3">{u.email}</td>
                  <td className="space-x-1 px-4 py-3">
                    {u.isAdmin ? <Badge tone="brand">Admin</Badge> : null}
                    {u.providerCount > 0 ? <Badge>Provider member</Badge> : null}
                    {!u.isAdmin && u.providerCount === 0 ? <Badge>Learner</Badge> : null}
                    {u.suspendedAt ? <Badge tone="danger">Suspended</Badge> : null}
                  </td>
                  <td className="px-4 py-3 text-right tabular-nums">{u.enrollmentCount}</td>
                  <td className="whitespace-nowrap px-4 py-3">{adminDate.format(u.createdAt)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </Card>
      )}
      <Pagination page={page} pageCount={Math.ceil(total / PAGE_SIZE)} hrefFor={(p) => `/admin/users${queryString({ q, page: p })}`} label="User pages" />
    </div>
  );
}
