import type { Metadata } from "next";
import { adminDate } from "@/components/admin/format";
import { ActionForm } from "@/components/forms/action-form";
import { Card } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { getDb } from "@/db";
import { requireAdmin } from "@/lib/auth/guards";
import { jobKinds } from "@/lib/jobs/job-kinds";
import { countJobs, listFailedJobs } from "@/lib/jobs/job-status";
import { jobStates } from "@/lib/jobs/pgboss-tables";
import { retryJobAction } from "./actions";

export const metadata: Metadata = { title: "Job queue" };
export const dynamic = "force-dynamic";

const stateLabels: Record<(typeof jobStates)[number], string> = {
  created: "Queued",
  retry: "Waiting to retry",
  active: "Running",
  completed: "Done",
  cancelled: "Cancelled",
  failed: "Failed (dead letter)",
};

export default async function JobsPage() {
  const actor = await requireAdmin("/admin/jobs");
  const db = await getDb();
  const [counts, failed] = await Promise.all([countJobs(db, { actor }), listFailedJobs(db, { actor })]);
  return (
    <div className="space-y-6">
      <h1 className="text-3xl font-bold tracking-tight">Job queue</h1>
      <p className="text-sm text-slate-700">
        Mail, credentials after completion and catalog refreshes run here after the change that caused them commits. A job is tried three
        times with growing pauses; after that it waits in the failed state until someone retries it.
      </p>
      <Card className="overflow-x-auto p-0">
        <table className="w-full text-left text-sm">
          <caption className="sr-only">Jobs per kind and state</caption>
          <thead className="border-b border-slate-200 bg-slate-50">
            <tr>
              <th scope="col" className="px-4 py-2 font-medium">Kind</th>
              {jobStates.map((s) => (
                <th key={s} scope="col" className="px-4 py-2 text-right font-medium">{stateLabels[s]}</th>
              ))}
            </tr>
          </thead>
          <tbody>
            {jobKinds.map((kind) => (
              <tr key={kind} className="border-b border-slate-100 last:border-0">
                <th scope="row" className="px-4 py-2 font-mono text-xs font-medium">{kind}</th>
                {jobStates.map((s) => (
                  <td key={s} className={`px-4 py-2 text-right tabular-nums ${s === "failed" && counts[kind][s] > 0 ? "font-semibold text-red-700" : ""}`}>
                    {counts[kind][s]}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </Card>
      <section aria-labelledby="failed-jobs" className="space-y-3">
        <h2 id="failed-jobs" className="text-xl font-semibold">Failed jobs</h2>
        {failed.length === 0 ? (
          <EmptyState title="No failed jobs">Every job so far has succeeded or is still being tried.</EmptyState>
        ) : (
          <ul className="space-y-3">
            {failed.map((job) => (
              <li key={job.id}>
                <Card className="space-y-3 p-4" aria-label={`Failed ${job.kind} job ${job.id}`}>
                  <div className="space-y-1 text-sm">
                    <p className="font-mono text-xs">{job.kind} · {job.id}</p>
                    {job.subject ? <p className="text-slate-700">{job.subject}</p> : null}
                    <p className="text-slate-600">
                      {job.attempts} attempts · queued {adminDate.format(job.createdAt)}
                      {job.failedAt ? ` · failed ${adminDate.format(job.failedAt)}` : ""}
                    </p>
                    <p className="rounded bg-red-50 px-2 py-1 font-mono text-xs text-red-800">{job.error}</p>
                  </div>
                  <ActionForm action={retryJobAction} submitLabel="Retry" pendingLabel="Retrying…" variant="secondary">
                    <input type="hidden" name="kind" value={job.kind} />
                    <input type="hidden" name="jobId" value={job.id} />
                  </ActionForm>
                </Card>
              </li>
            ))}
          </ul>
        )}
      </section>
    </div>
  );
}
