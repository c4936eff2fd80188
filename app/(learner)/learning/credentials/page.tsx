import type { Metadata } from "next";
import Link from "next/link";
import { CopyField } from "@/components/credentials/copy-field";
import { Badge } from "@/components/ui/badge";
import { Button, ButtonLink, buttonClasses } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { getDb } from "@/db";
import { requireUser } from "@/lib/auth/guards";
import { env } from "@/lib/config/env";
import { listLearnerCredentials } from "@/lib/credentials/get-credential";
import { issueMissingCredentials } from "@/lib/credentials/issue-missing-credentials";
import { setNameVisibilityAction } from "./actions";

export const metadata: Metadata = { title: "My credentials" };
export const dynamic = "force-dynamic";

const day = new Intl.DateTimeFormat("en", { dateStyle: "medium", timeZone: "UTC" });
const notices: Record<string, string> = {
  shown: "Your name is shown on that credential's public page.",
  hidden: "Your name is hidden on that credential's public page.",
  invalid: "That change could not be made.",
};

export default async function MyCredentialsPage({ searchParams }: { searchParams: Promise<{ notice?: string }> }) {
  const user = await requireUser("/learning/credentials");
  const { notice } = await searchParams;
  const db = await getDb();
  const appUrl = env().APP_URL;
  // A completed course whose credential could not be issued at the time gets it now.
  await issueMissingCredentials(db, { userId: user.id, appUrl });
  const list = await listLearnerCredentials(db, { userId: user.id });
  const now = new Date();

  return (
    <div className="space-y-6">
      <header className="space-y-1">
        <h1 className="text-3xl font-bold tracking-tight">My credentials</h1>
        <p className="text-slate-600">
          Open Badges 3.0 credentials for the courses you completed. Anyone can verify them. <Link href="/learning" className="text-brand-700 underline hover:no-underline">Back to my learning</Link>
        </p>
      </header>
      {notice && notices[notice] ? (
        <p role="status" className="rounded-lg border border-slate-200 bg-white p-3 text-sm">
          {notices[notice]}
        </p>
      ) : null}
      {list.length === 0 ? (
        <EmptyState title="No credentials yet" action={<ButtonLink href="/learning">Continue learning</ButtonLink>}>
          Complete a course and its credential appears here, ready to share.
        </EmptyState>
      ) : (
        <ul className="space-y-4" aria-label="Credentials">
          {list.map((c) => {
            const url = `${appUrl}/credentials/${c.id}`;
            const state = c.revokedAt ? "revoked" : c.validUntil && c.validUntil <= now ? "expired" : "valid";
            return (
              <li key={c.id}>
                <Card className="grid gap-4 p-5 sm:grid-cols-[6rem_1fr]">
                  {/* eslint-disable-next-line @next/next/no-img-element -- our generated badge */}
                  <img src={`/credentials/${c.id}/badge.png`} alt="" width={96} height={96} className="size-24" />
                  <div className="space-y-3">
                    <div className="flex flex-wrap items-center gap-2">
                      <h2 className="text-lg font-semibold">
                        <Link href={`/credentials/${c.id}`} className="hover:underline">
                          {c.achievementName}
                        </Link>
                      </h2>
                      <Badge tone={state === "valid" ? "success" : state === "expired" ? "warning" : "danger"}>{state === "valid" ? "Valid" : state === "expired" ? "Expired" : "Revoked"}</Badge>
                    </div>
                    <p className="text-sm text-slate-700">
                      {c.providerName} · issued {day.format(c.issuedAt)}
                      {c.validUntil ? ` · ${state === "expired" ? "expired" : "expires"} ${day.format(c.validUntil)}` : ""}
                    </p>
                    {c.revokedAt ? <p className="text-sm text-red-800">Revoked: {c.revocationReason}</p> : null}
                    <div className="flex flex-wrap gap-2">
                      <Link href={`/credentials/${c.id}`} className={buttonClasses("primary", "sm")}>
                        Verification page<span className="sr-only"> for {c.achievementName}</span>
                      </Link>
                      <a href={`/credentials/${c.id}/credential.json`} download className={buttonClasses("secondary", "sm")}>
                        JSON<span className="sr-only"> of {c.achievementName}</span>
                      </a>
                      <a href={`/credentials/${c.id}/badge.png`} download className={buttonClasses("secondary", "sm")}>
                        PNG<span className="sr-only"> badge of {c.achievementName}</span>
                      </a>
                      <a href={`/credentials/${c.id}/badge.svg`} download className={buttonClasses("secondary", "sm")}>
                        SVG<span className="sr-only"> badge of {c.achievementName}</span>
                      </a>
                    </div>
                    <CopyField label={`Share link for ${c.achievementName}`} value={url} />
                    <form action={setNameVisibilityAction} className="flex flex-wrap items-center gap-3 text-sm">
                      <input type="hidden" name="credentialId" value={c.id} />
                      <input type="hidden" name="showName" value={c.showName ? "false" : "true"} />
                      <span>
                        {c.showName ? "The public page shows your name." : "The public page hides your name."}{" "}
                        <span className="text-slate-600">(The signed credential file itself always carries it, so you can prove it is yours.)</span>
                      </span>
                      <Button type="submit" variant="ghost" size="sm">
                        {c.showName ? "Hide my name" : "Show my name"}
                        <span className="sr-only"> on {c.achievementName}</span>
                      </Button>
                    </form>
                  </div>
                </Card>
              </li>
            );
          })}
        </ul>
      )}
    </div>
  );
}
