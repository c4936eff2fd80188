import type { Metadata } from "next";
import { ActionForm } from "@/components/forms/action-form";
import { Card } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { Field, fieldClasses } from "@/components/ui/input";
import { getDb } from "@/db";
import { requireAdmin } from "@/lib/auth/guards";
import { listPendingApplications } from "@/lib/providers/list-pending-applications";
import { decideApplicationAction } from "../actions";

export const metadata: Metadata = { title: "Provider applications" };
export const dynamic = "force-dynamic";

export default async function ApplicationsPage() {
  const actor = await requireAdmin("/admin/applications");
  const applications = await listPendingApplications(await getDb(), { actor });
  return (
    <div className="space-y-6">
      <h1 className="text-3xl font-bold tracking-tight">Provider applications</h1>
      {applications.length === 0 ? (
        <EmptyState title="No applications waiting">New applications from learners appear here.</EmptyState>
      ) : (
        <ul className="space-y-4">
          {applications.map((a) => (
            <li key={a.id}>
              <Card className="space-y-4 p-6" aria-label={`Application from ${a.organizationName}`}>
                <div>
                  <h2 className="text-lg font-semibold">{a.organizationName}</h2>
                  <p className="text-sm text-slate-600">
                    {a.applicantName ?? "Unnamed"} · {a.applicantEmail} · applied {a.createdAt.toISOString().slice(0, 10)}
                  </p>
                  <p className="mt-1 text-sm">
                    <a href={a.website} rel="noopener noreferrer nofollow" className="text-brand-700 hover:underline">
                      {a.website}
                    </a>
                  </p>
                  <p className="mt-2 whitespace-pre-line text-sm text-slate-700">{a.description}</p>
                </div>
                <div className="grid gap-4 md:grid-cols-2">
                  <ActionForm action={decideApplicationAction} submitLabel="Approve" pendingLabel="Approving…" labels={{ reason: "Note" }}>
                    <input type="hidden" name="applicationId" value={a.id} />
                    <input type="hidden" name="decision" value="approve" />
                    <Field id={`approve-${a.id}`} label="Note to the applicant (optional)">
                      <textarea id={`approve-${a.id}`} name="reason" rows={2} className={fieldClasses} />
                    </Field>
                  </ActionForm>
                  <ActionForm action={decideApplicationAction} submitLabel="Reject" pendingLabel="Rejecting…" variant="danger" labels={{ reason: "Reason" }}>
                    <input type="hidden" name="applicationId" value={a.id} />
                    <input type="hidden" name="decision" value="reject" />
                    <Field id={`reject-${a.id}`} label="Reason for rejecting (sent to the applicant)">
                      <textarea id={`reject-${a.id}`} name="reason" rows={2} className={fieldClasses} />
                    </Field>
                  </ActionForm>
                </div>
              </Card>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
