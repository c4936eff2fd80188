import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { adminDate } from "@/components/admin/format";
import { ActionForm } from "@/components/forms/action-form";
import { OrderStatusBadge } from "@/components/order-status-badge";
import { Badge } from "@/components/ui/badge";
import { Card } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { Field, fieldClasses, Select } from "@/components/ui/input";
import { getDb } from "@/db";
import { getUserDetail, listProviderChoices } from "@/lib/admin/get-user-detail";
import { requireAdmin } from "@/lib/auth/guards";
import { formatPrice } from "@/lib/catalog/format";
import { setMembershipAction, setUserSuspensionAction } from "../actions";

export const metadata: Metadata = { title: "User" };
export const dynamic = "force-dynamic";

type Props = { params: Promise<{ userId: string }> };

export default async function AdminUserPage({ params }: Props) {
  const { userId } = await params;
  const actor = await requireAdmin(`/admin/users/${userId}`);
  const db = await getDb();
  const [detail, providers] = await Promise.all([getUserDetail(db, { actor, userId }), listProviderChoices(db, { actor })]);
  if (!detail) notFound();
  const { user, memberships, enrollments, orders, credentials, suspensionReason } = detail;
  const memberOf = new Set(memberships.map((m) => m.providerId));
  const self = user.id === actor.id;

  return (
    <div className="space-y-8">
      <header className="space-y-2">
        <p className="text-sm">
          <Link href="/admin/users" className="text-brand-700 hover:underline">← Users</Link>
        </p>
        <h1 className="text-3xl font-bold tracking-tight">{user.name ?? "Unnamed user"}</h1>
        <p className="text-sm text-slate-700">
          {user.email} · joined {adminDate.format(user.createdAt)} · {user.emailVerified ? "email confirmed" : "email not confirmed"}
        </p>
        <p className="space-x-1">
          {user.isAdmin ? <Badge tone="brand">Admin</Badge> : null}
          {memberships.length > 0 ? <Badge>Provider member</Badge> : <Badge>Learner</Badge>}
          {user.suspendedAt ? <Badge tone="danger">Suspended since {adminDate.format(user.suspendedAt)}</Badge> : null}
        </p>
        {suspensionReason ? <p className="text-sm text-slate-700">Reason: {suspensionReason}</p> : null}
      </header>

      <section aria-labelledby="access-heading" className="space-y-3">
        <h2 id="access-heading" className="text-xl font-semibold">Account access</h2>
        {self ? (
          <p className="text-sm text-slate-700">This is your own account; another admin would have to suspend it.</p>
        ) : (
          <Card className="max-w-xl p-4">
            <ActionForm
              action={setUserSuspensionAction}
              submitLabel={user.suspendedAt ? "Reinstate user" : "Suspend user"}
              pendingLabel="Saving…"
              variant={user.suspendedAt ? "primary" : "danger"}
              labels={{ reason: "Reason" }}
            >
              <input type="hidden" name="userId" value={user.id} />
              <input type="hidden" name="decision" value={user.suspendedAt ? "reinstate" : "suspend"} />
              <p className="text-sm text-slate-700">
                {user.suspendedAt
                  ? "Reinstating lets them sign in again. Sessions ended by the suspension stay ended."
                  : "Suspending signs them out everywhere at once and refuses every way of signing in."}
              </p>
              <Field id="suspension-reason" label="Reason (recorded in the audit log)">
                <textarea id="suspension-reason" name="reason" rows={2} className={fieldClasses} />
              </Field>
            </ActionForm>
          </Card>
        )}
      </section>

      <section aria-labelledby="roles-heading" className="space-y-3">
        <h2 id="roles-heading" className="text-xl font-semibold">Provider memberships</h2>
        {memberships.length === 0 ? <p className="text-sm text-slate-700">Not a member of any provider.</p> : null}
        <ul className="space-y-3">
          {memberships.map((m) => (
            <li key={m.providerId}>
              <Card className="flex flex-wrap items-end justify-between gap-4 p-4">
                <p className="text-sm">
                  <span className="font-medium">{m.providerName}</span> · {m.role}
                </p>
                <ActionForm action={setMembershipAction} submitLabel="Remove membership" pendingLabel="Removing…" variant="secondary" className="flex flex-wrap items-end gap-3">
                  <input type="hidden" name="userId" value={user.id} />
                  <input type="hidden" name="providerId" value={m.providerId} />
                  <input type="hidden" name="change" value="remove" />
                  <Field id={`remove-reason-${m.providerId}`} label="Reason (optional)">
                    <input id={`remove-reason-${m.providerId}`} name="reason" className={fieldClasses} />
                  </Field>
                </ActionForm>
              </Card>
            </li>
          ))}
        </ul>
        {providers.some((p) => !memberOf.has(p.id)) ? (
          <Card className="max-w-xl p-4">
            <ActionForm action={setMembershipAction} submitLabel="Grant membership" pendingLabel="Granting…" labels={{ providerId: "Provider", reason: "Reason" }}>
              <input type="hidden" name="userId" value={user.id} />
              <input type="hidden" name="change" value="grant" />
              <Field id="grant-provider" label="Provider">
                <Select id="grant-provider" name="providerId" defaultValue="">
                  <option value="" disabled>Choose a provider</option>
                  {providers.filter((p) => !memberOf.has(p.id)).map((p) => (
                    <option key={p.id} value={p.id}>{p.name}{p.status !== "approved" ? ` (${p.status})` : ""}</option>
                  ))}
                </Select>
              </Field>
              <Field id="grant-role" label="Role">
                <Select id="grant-role" name="role" defaultValue="editor">
                  <option value="editor">Editor</option>
                  <option value="owner">Owner</option>
                </Select>
              </Field>
              <Field id="grant-reason" label="Reason (optional)">
                <input id="grant-reason" name="reason" className={fieldClasses} />
              </Field>
            </ActionForm>
          </Card>
        ) : null}
      </section>

      <section aria-labelledby="enrollments-heading" className="space-y-3">
        <h2 id="enrollments-heading" className="text-xl font-semibold">Enrollments</h2>
        {enrollments.length === 0 ? (
          <EmptyState title="No enrollments" />
        ) : (
          <Card className="overflow-x-auto">
            <table className="w-full text-left text-sm">
              <caption className="sr-only">Enrollments, newest first</caption>
              <thead className="border-b border-slate-200 text-slate-600">
                <tr>
                  <th scope="col" className="px-4 py-3 font-medium">Course</th>
                  <th scope="col" className="px-4 py-3 font-medium">Access</th>
                  <th scope="col" className="px-4 py-3 font-medium">Source</th>
                  <th scope="col" className="px-4 py-3 font-medium">Enrolled</th>
                  <th scope="col" className="px-4 py-3 font-medium">Completed</th>
                </tr>
              </thead>
              <tbody className="divide-y divide-slate-100">
                {enrollments.map((e) => (
                  <tr key={e.id}>
                    <td className="px-4 py-3">{e.courseTitle}</td>
                    <td className="px-4 py-3"><Badge tone={e.status === "active" ? "success" : "neutral"}>{e.status}</Badge></td>
                    <td className="px-4 py-3">{e.source}</td>
                    <td className="whitespace-nowrap px-4 py-3">{adminDate.format(e.createdAt)}</td>
                    <td className="whitespace-nowrap px-4 py-3">{e.completedAt ? adminDate.format(e.completedAt) : "—"}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </Card>
        )}
      </section>

      <section aria-labelledby="orders-heading" className="space-y-3">
        <h2 id="orders-heading" className="text-xl font-semibold">Orders</h2>
        {orders.length === 0 ? (
          <EmptyState title="No orders" />
        ) : (
          <Card className="overflow-x-auto">
            <table className="w-full text-left text-sm">
              <caption className="sr-only">Orders, newest first</caption>
              <thead className="border-b border-slate-200 text-slate-600">
                <tr>
                  <th scope="col" className="px-4 py-3 font-medium">Date</th>
                  <th scope="col" className="px-4 py-3 font-medium">Course</th>
                  <th scope="col" className="px-4 py-3 text-right font-medium">Amount</th>
                  <th scope="col" className="px-4 py-3 font-medium">Status</th>
                </tr>
              </thead>
              <tbody className="divide-y divide-slate-100">
                {orders.map((o) => (
                  <tr key={o.id}>
                    <td className="whitespace-nowrap px-4 py-3">
                      <Link href={`/admin/orders/${o.id}`} className="text-brand-700 hover:underline">{adminDate.format(o.createdAt)}</Link>
                    </td>
                    <td className="px-4 py-3">{o.courseTitle}</td>
                    <td className="px-4 py-3 text-right tabular-nums">{formatPrice(o.amount, o.currency)}</td>
                    <td className="px-4 py-3"><OrderStatusBadge status={o.status} /></td>
                  </tr>
                ))}
              </tbody>
            </table>
          </Card>
        )}
      </section>

      <section aria-labelledby="credentials-heading" className="space-y-3">
        <h2 id="credentials-heading" className="text-xl font-semibold">Credentials</h2>
        {credentials.length === 0 ? (
          <EmptyState title="No credentials" />
        ) : (
          <Card className="overflow-x-auto">
            <table className="w-full text-left text-sm">
              <caption className="sr-only">Credentials, newest first</caption>
              <thead className="border-b border-slate-200 text-slate-600">
                <tr>
                  <th scope="col" className="px-4 py-3 font-medium">Issued</th>
                  <th scope="col" className="px-4 py-3 font-medium">Achievement</th>
                  <th scope="col" className="px-4 py-3 font-medium">Status</th>
                </tr>
              </thead>
              <tbody className="divide-y divide-slate-100">
                {credentials.map((c) => (
                  <tr key={c.id}>
                    <td className="whitespace-nowrap px-4 py-3">
                      <Link href={`/credentials/${c.id}`} className="text-brand-700 hover:underline">{adminDate.format(c.issuedAt)}</Link>
                    </td>
                    <td className="px-4 py-3">
                      {c.achievementName}
                      <span className="block text-xs text-slate-600">{c.courseTitle}</span>
                    </td>
                    <td className="px-4 py-3">
                      {c.revokedAt ? (
                        <span>
                          <Badge tone="danger">Revoked</Badge>
                          <span className="block text-xs text-slate-600">{c.revocationReason}</span>
                        </span>
                      ) : c.validUntil && c.validUntil < new Date() ? (
                        <Badge tone="warning">Expired</Badge>
                      ) : (
                        <Badge tone="success">Valid</Badge>
                      )}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </Card>
        )}
        <p className="text-sm">
          <Link href={`/admin/credentials?q=${encodeURIComponent(user.email)}`} className="text-brand-700 underline">Find and revoke credentials</Link>
        </p>
      </section>
    </div>
  );
}
