import type { Metadata } from "next";
import { adminDateTime, queryString } from "@/components/admin/format";
import { Button, ButtonLink } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { Field, Input, Select } from "@/components/ui/input";
import { Pagination } from "@/components/ui/pagination";
import { getDb } from "@/db";
import { PAGE_SIZE } from "@/lib/admin/admin-inputs";
import { auditFiltersSchema, listAuditLog } from "@/lib/admin/list-audit-log";
import { requireAdmin } from "@/lib/auth/guards";

export const metadata: Metadata = { title: "Audit log" };
export const dynamic = "force-dynamic";

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

const show = (value: unknown) => (value === null || value === undefined ? "—" : JSON.stringify(value));

export default async function AdminAuditPage({ searchParams }: Props) {
  const actor = await requireAdmin("/admin/audit");
  const raw = Object.fromEntries(Object.entries(await searchParams).map(([k, v]) => [k, Array.isArray(v) ? v[0] : v]));
  const filters = auditFiltersSchema.parse(raw);
  const { rows, total, actions } = await listAuditLog(await getDb(), { actor, filters });
  const { page, ...rest } = filters;
  const filtered = Object.values(rest).some(Boolean);
  return (
    <div className="space-y-6">
      <h1 className="text-3xl font-bold tracking-tight">Audit log</h1>
      <p className="text-sm text-slate-700">Every admin action, and every provider action that changes money, access or credentials. Entries cannot be changed from the app.</p>
      <form method="get" role="search" aria-label="Audit log" className="grid gap-3 sm:grid-cols-2 lg:grid-cols-4">
        <Field id="a-actor" label="Who (email)">
          <Input id="a-actor" name="actor" type="email" defaultValue={filters.actor ?? ""} />
        </Field>
        <Field id="a-action" label="Action">
          <Select id="a-action" name="action" defaultValue={filters.action ?? ""}>
            <option value="">Any action</option>
            {actions.map((a) => (
              <option key={a} value={a}>{a}</option>
            ))}
          </Select>
        </Field>
        <Field id="a-type" label="Target type">
          <Input id="a-type" name="targetType" defaultValue={filters.targetType ?? ""} placeholder="order, user, provider…" />
        </Field>
        <Field id="a-target" label="Target id">
          <Input id="a-target" name="targetId" defaultValue={filters.targetId ?? ""} />
        </Field>
        <Field id="a-from" label="From">
          <Input id="a-from" name="from" type="date" defaultValue={filters.from ?? ""} />
        </Field>
        <Field id="a-to" label="Until">
          <Input id="a-to" name="to" type="date" defaultValue={filters.to ?? ""} />
        </Field>
        <div className="flex items-end gap-2">
          <Button type="submit" variant="secondary">Filter</Button>
          {filtered ? <ButtonLink href="/admin/audit" variant="ghost">Clear</ButtonLink> : null}
        </div>
      </form>
      <p className="text-sm text-slate-600" aria-live="polite">
        {total.toLocaleString("en-US")} {total === 1 ? "entry" : "entries"}
      </p>
      {rows.length === 0 ? (
        <EmptyState title="No entries">{filtered ? "Nothing matches these filters." : "Actions appear here as admins and providers take them."}</EmptyState>
      ) : (
        <Card className="overflow-x-auto">
          <table className="w-full text-left text-sm">
            <caption className="sr-only">Audit entries, newest first</caption>
            <thead className="border-b border-slate-200 text-slate-600">
              <tr>
                <th scope="col" className="px-4 py-3 font-medium">When (UTC)</th>
                <th scope="col" className="px-4 py-3 font-medium">Who</th>
                <th scope="col" className="px-4 py-3 font-medium">Action</th>
                <th scope="col" className="px-4 py-3 font-medium">Target</th>
                <th scope="col" className="px-4 py-3 font-medium">Before → after</th>
                <th scope="col" className="px-4 py-3 font-medium">Reason</th>
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-100 align-top">
              {rows.map((r) => (
                <tr key={r.id}>
                  <td className="whitespace-nowrap px-4 py-3">{adminDateTime.format(r.createdAt)}</td>
                  <td className="px-4 py-3">{r.actorEmail ?? "system"}</td>
                  <td className="px-4 py-3 font-mono text-xs">{r.action}</td>
                  <td className="px-4 py-3">
                    <span className="block">{r.targetType}</span>
                    <span className="block break-all font-mono text-xs text-slate-600">{r.targetId}</span>
                  </td>
                  <td className="max-w-md px-4 py-3 font-mono text-xs">
                    <span className="block break-all">{show(r.before)}</span>
                    <span className="block break-all">→ {show(r.after)}</span>
                  </td>
                  <td className="px-4 py-3">{r.reason ?? "—"}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </Card>
      )}
      <Pagination page={page} pageCount={Math.ceil(total / PAGE_SIZE)} hrefFor={(p) => `/admin/audit${queryString({ ...rest, page: p })}`} label="Audit log pages" />
    </div>
  );
}
