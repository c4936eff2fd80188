import { ActionForm } from "@/components/forms/action-form";
import { Card } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { Field, fieldClasses } from "@/components/ui/input";
import { formatPrice } from "@/lib/catalog/format";
import type { FormState } from "@/lib/forms/form-state";

type Request = {
  id: string;
  reason: string;
  createdAt: Date;
  amount: number;
  currency: string;
  learnerName: string | null;
  learnerEmail: string;
  courseTitle: string;
  providerName: string;
};

const when = new Intl.DateTimeFormat("en-US", { dateStyle: "medium" });

// Open refund requests with grant / decline, for the studio and the admin console.
export function RefundRequestList({
  requests,
  action,
  showProvider = false,
}: {
  requests: Request[];
  action: (state: FormState, formData: FormData) => Promise<FormState>;
  showProvider?: boolean;
}) {
  if (requests.length === 0) return <EmptyState title="No refund requests">Requests from learners appear here.</EmptyState>;
  return (
    <ul className="space-y-4">
      {requests.map((r) => (
        <li key={r.id}>
          <Card className="space-y-3 p-5" aria-labelledby={`refund-${r.id}`}>
            <h3 id={`refund-${r.id}`} className="font-semibold">
              {r.courseTitle} — {formatPrice(r.amount, r.currency)}
            </h3>
            <p className="text-sm text-slate-600">
              {r.learnerName ?? r.learnerEmail} ({r.learnerEmail}) asked on {when.format(r.createdAt)}
              {showProvider ? ` · ${r.providerName}` : ""}
            </p>
            <blockquote className="border-l-4 border-slate-200 pl-3 text-sm text-slate-800">{r.reason}</blockquote>
            <div className="grid gap-4 sm:grid-cols-2">
              <ActionForm action={action} submitLabel="Grant full refund" pendingLabel="Refunding…">
                <input type="hidden" name="requestId" value={r.id} />
                <input type="hidden" name="decision" value="grant" />
              </ActionForm>
              <ActionForm action={action} submitLabel="Decline" pendingLabel="Declining…" variant="secondary" labels={{ note: "Reason" }}>
                <input type="hidden" name="requestId" value={r.id} />
                <input type="hidden" name="decision" value="decline" />
                <Field id={`decline-${r.id}`} label="Reason for declining">
                  <textarea id={`decline-${r.id}`} name="note" rows={2} className={fieldClasses} />
                </Field>
              </ActionForm>
            </div>
          </Card>
        </li>
      ))}
    </ul>
  );
}
