import Link from "next/link";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/input";

export type AdminCredentialRow = {
  id: string;
  issuedAt: Date;
  revokedAt: Date | null;
  revocationReason: string | null;
  learnerEmail: string;
  learnerName: string | null;
  achievementName: string;
  courseTitle: string;
  providerName: string;
};

const day = new Intl.DateTimeFormat("en", { dateStyle: "medium", timeStyle: "short", timeZone: "UTC" });

/** Credentials with a revoke form (reason required) for the live ones. */
export function CredentialAdminList({
  rows,
  revokeAction,
  showProvider,
  hiddenFields = {},
}: {
  rows: AdminCredentialRow[];
  revokeAction: (formData: FormData) => Promise<void>;
  showProvider?: boolean;
  /** Extra form fields the action needs (e.g. the provider's slug); the action re-checks them. */
  hiddenFields?: Record<string, string>;
}) {
  return (
    <ul className="space-y-3">
      {rows.map((r) => (
        <li key={r.id} className="space-y-2 rounded-xl border border-slate-200 bg-white p-4">
          <div className="flex flex-wrap items-center gap-2">
            <Link href={`/credentials/${r.id}`} className="font-semibold text-brand-700 underline hover:no-underline">
              {r.achievementName}
            </Link>
            {r.revokedAt ? <Badge tone="danger">Revoked</Badge> : <Badge tone="success">Active</Badge>}
          </div>
          <p className="text-sm text-slate-700">
            {r.learnerName ?? "Learner"} &lt;{r.learnerEmail}&gt; · {r.courseTitle}
            {showProvider ? ` · ${r.providerName}` : ""} · issued {day.format(r.issuedAt)} UTC
          </p>
          <p className="break-all font-mono text-xs text-slate-600">{r.id}</p>
          {r.revokedAt ? (
            <p className="text-sm text-red-800">
              Revoked {day.format(r.revokedAt)} UTC: {r.revocationReason}
            </p>
          ) : (
            <form action={revokeAction} className="flex flex-wrap items-end gap-2">
              <input type="hidden" name="credentialId" value={r.id} />
              {Object.entries(hiddenFields).map(([name, value]) => (
                <input key={name} type="hidden" name={name} value={value} />
              ))}
              <div className="min-w-64 flex-1">
                <label htmlFor={`reason-${r.id}`} className="block text-xs font-medium text-slate-700">
                  Reason for revoking (shown publicly)
                </label>
                <Input id={`reason-${r.id}`} name="reason" required minLength={5} maxLength={500} />
              </div>
              <Button type="submit" variant="danger" size="md">
                Revoke<span className="sr-only"> {r.achievementName} of {r.learnerEmail}</span>
              </Button>
            </form>
          )}
        </li>
      ))}
    </ul>
  );
}
