import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { cache } from "react";
import { CopyField } from "@/components/credentials/copy-field";
import { VerificationResultPanel } from "@/components/credentials/verification-result";
import { Markdown } from "@/components/markdown";
import { Badge } from "@/components/ui/badge";
import { buttonClasses } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { getDb } from "@/db";
import { env } from "@/lib/config/env";
import { credentialView, linkedInAddToProfileUrl } from "@/lib/credentials/credential-view";
import { getCredential } from "@/lib/credentials/get-credential";
import { verifyCredentialDocument } from "@/lib/credentials/verify-credential";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ id: string }> };

const load = cache(async (id: string) => {
  const db = await getDb();
  const record = await getCredential(db, id);
  if (!record) return null;
  const document = JSON.parse(record.credential.document) as Record<string, unknown>;
  return { record, document, view: credentialView(document) };
});

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const loaded = await load((await params).id);
  if (!loaded) return { title: "Credential not found" };
  const { view, record } = loaded;
  const title = `${view.achievement.name} — issued by ${view.issuer.name}`;
  const description = `A verifiable Open Badges 3.0 credential${record.credential.showName && view.learnerName ? ` earned by ${view.learnerName}` : ""}. ${view.achievement.description}`.slice(0, 200);
  const image = `/credentials/${record.credential.id}/badge.png`;
  return {
    title,
    description,
    alternates: { canonical: `/credentials/${record.credential.id}` },
    openGraph: { title, description, type: "website", url: `/credentials/${record.credential.id}`, images: [{ url: image, width: 512, height: 512, alt: `${view.achievement.name} badge` }] },
    twitter: { card: "summary", title, description, images: [image] },
  };
}

const longDate = new Intl.DateTimeFormat("en", { dateStyle: "long", timeStyle: "short", timeZone: "UTC" });

export default async function CredentialPage({ params }: Props) {
  const loaded = await load((await params).id);
  if (!loaded) notFound();
  const { record, document, view } = loaded;
  const appUrl = env().APP_URL;
  const result = await verifyCredentialDocument(await getDb(), document, { appUrl });
  const c = record.credential;
  const certUrl = `${appUrl}/credentials/${c.id}`;
  const linkedIn = linkedInAddToProfileUrl({ name: view.achievement.name, organizationName: view.issuer.name, issuedAt: c.issuedAt, certUrl, certId: c.id, expiresAt: c.validUntil });
  const learner = c.showName ? view.learnerName : null;

  return (
    <div className="grid gap-8 lg:grid-cols-[1fr_20rem]">
      <div className="space-y-6">
        <header className="space-y-2">
          <p className="text-sm font-medium text-brand-700">Open Badges 3.0 credential</p>
          <h1 className="text-3xl font-bold tracking-tight">{view.achievement.name}</h1>
          <p className="text-slate-700">
            Issued by{" "}
            <a href={`/issuers/${record.providerSlug}`} className="font-medium text-brand-700 underline hover:no-underline">
              {view.issuer.name}
            </a>
            {" to "}
            <span className="font-medium text-slate-900">{learner ?? "a learner who keeps their name private"}</span>
          </p>
        </header>

        <VerificationResultPanel result={result} />

        <Card className="space-y-4 p-5">
          <h2 className="text-lg font-semibold">Achievement</h2>
          <p className="text-slate-800">{view.achievement.description}</p>
          {view.achievement.achievementType ? <Badge tone="brand">{view.achievement.achievementType.replace(/([a-z])([A-Z])/g, "$1 $2")}</Badge> : null}
          <h3 className="font-semibold">Criteria</h3>
          <Markdown>{view.achievement.criteria}</Markdown>
          {view.achievement.alignments.length ? (
            <>
              <h3 className="font-semibold">Skills</h3>
              <ul className="flex flex-wrap gap-2">
                {view.achievement.alignments.map((a) => (
                  <li key={a.targetUrl + a.targetName}>
                    <a href={a.targetUrl} rel="noopener noreferrer" className="inline-flex items-center gap-1 rounded-full border border-slate-300 px-3 py-1 text-sm hover:bg-slate-50">
                      {a.targetName}
                      {a.targetFramework ? (
                        <span className="text-xs text-slate-600">
                          ({a.targetFramework}
                          {a.targetCode ? ` ${a.targetCode}` : ""})
                        </span>
                      ) : null}
                    </a>
                  </li>
                ))}
              </ul>
            </>
          ) : null}
        </Card>

        <Card className="p-5">
          <h2 className="text-lg font-semibold">Dates</h2>
          <dl className="mt-3 grid gap-2 text-sm sm:grid-cols-2">
            <div>
              <dt className="text-slate-600">Issued</dt>
              <dd className="font-medium">{longDate.format(c.issuedAt)} UTC</dd>
            </div>
            <div>
              <dt className="text-slate-600">Expires</dt>
              <dd className="font-medium">{c.validUntil ? `${longDate.format(c.validUntil)} UTC` : "Never"}</dd>
            </div>
            {c.revokedAt ? (
              <div>
                <dt className="text-slate-600">Revoked</dt>
                <dd className="font-medium">{longDate.format(c.revokedAt)} UTC</dd>
              </div>
            ) : null}
          </dl>
        </Card>
      </div>

      <aside className="space-y-4">
        {/* eslint-disable-next-line @next/next/no-img-element -- a generated PNG from our own route */}
        <img src={`/credentials/${c.id}/badge.png`} alt={`${view.achievement.name} badge`} width={512} height={512} className="mx-auto w-48 lg:w-full" />
        <a href={linkedIn} rel="noopener noreferrer" target="_blank" className={buttonClasses("primary", "md", "w-full")}>
          Add to LinkedIn profile<span className="sr-only"> (opens LinkedIn in a new tab)</span>
        </a>
        <div className="grid grid-cols-3 gap-2">
          <a href={`/credentials/${c.id}/credential.json`} className={buttonClasses("secondary", "sm")} download>
            JSON
          </a>
          <a href={`/credentials/${c.id}/badge.png`} className={buttonClasses("secondary", "sm")} download>
            PNG
          </a>
          <a href={`/credentials/${c.id}/badge.svg`} className={buttonClasses("secondary", "sm")} download>
            SVG
          </a>
        </div>
        <Card className="space-y-3 p-4">
          <h2 className="text-sm font-semibold">For your records</h2>
          <CopyField label="Credential URL" value={certUrl} />
          <CopyField label="Credential ID" value={c.id} />
          <CopyField label="Issuer" value={view.issuer.name} />
          <CopyField label="Issue date" value={c.issuedAt.toISOString().slice(0, 10)} />
        </Card>
        <p className="text-xs text-slate-600">
          Checked just now from the credential&apos;s own signature and its issuer&apos;s status list. Anyone can check it again at{" "}
          <a href="/verify" className="text-brand-700 underline hover:no-underline">
            /verify
          </a>
          .
        </p>
      </aside>
    </div>
  );
}
