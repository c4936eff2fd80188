import type { VerificationResult } from "@/lib/credentials/verify-credential";
import { cn } from "@/components/ui/cn";

const outcomeText = {
  valid: { title: "Valid credential", tone: "border-emerald-300 bg-emerald-50 text-emerald-900", icon: "✓" },
  expired: { title: "Expired credential", tone: "border-amber-300 bg-amber-50 text-amber-900", icon: "!" },
  not_yet_valid: { title: "Not valid yet", tone: "border-amber-300 bg-amber-50 text-amber-900", icon: "!" },
  revoked: { title: "Revoked credential", tone: "border-red-300 bg-red-50 text-red-900", icon: "✕" },
  invalid: { title: "Invalid credential", tone: "border-red-300 bg-red-50 text-red-900", icon: "✕" },
} as const;

const checkIcon = { passed: "✓", failed: "✕", skipped: "–" } as const;
const checkTone = { passed: "text-emerald-800", failed: "text-red-800", skipped: "text-slate-600" } as const;

/** The outcome and each check, computed from the credential itself. */
export function VerificationResultPanel({ result, headingLevel = 2 }: { result: VerificationResult; headingLevel?: 2 | 3 }) {
  const o = outcomeText[result.outcome];
  const Heading = headingLevel === 2 ? "h2" : "h3";
  return (
    <section aria-labelledby="verification-outcome" className={cn("rounded-xl border p-5", o.tone)} data-outcome={result.outcome}>
      <Heading id="verification-outcome" className="flex items-center gap-2 text-xl font-bold">
        <span aria-hidden>{o.icon}</span>
        {o.title}
      </Heading>
      {result.outcome === "revoked" ? (
        <p className="mt-1 text-sm">
          <span className="font-medium">Reason: </span>
          {result.revocationReason ?? "The issuer did not publish a reason."}
        </p>
      ) : null}
      <ul className="mt-4 space-y-2 text-sm" aria-label="Verification checks">
        {result.checks.map((c) => (
          <li key={c.id} className="flex gap-2 rounded-lg bg-white/70 p-2">
            <span aria-hidden className={cn("font-bold", checkTone[c.status])}>
              {checkIcon[c.status]}
            </span>
            <span>
              <span className="font-medium text-slate-900">{c.label}: </span>
              <span className={checkTone[c.status]}>{c.status}</span>
              <span className="block text-slate-700">{c.detail}</span>
            </span>
          </li>
        ))}
      </ul>
    </section>
  );
}
