import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { cache } from "react";
import { Markdown } from "@/components/markdown";
import { Card } from "@/components/ui/card";
import { getDb } from "@/db";
import { env } from "@/lib/config/env";
import { issuerUrl, verificationMethodUrl } from "@/lib/credentials/credential-urls";
import { getIssuer } from "@/lib/credentials/get-issuer";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ slug: string }> };

const load = cache(async (slug: string) => getIssuer(await getDb(), slug));

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const issuer = await load((await params).slug);
  if (!issuer) return { title: "Issuer not found" };
  return {
    title: `${issuer.provider.name} — credential issuer`,
    description: `Open Badges 3.0 issuer profile of ${issuer.provider.name} and the keys its credentials are signed with.`,
    alternates: { canonical: `/issuers/${issuer.provider.slug}`, types: { "application/ld+json": `/issuers/${issuer.provider.slug}/profile.json` } },
  };
}

const day = new Intl.DateTimeFormat("en", { dateStyle: "medium", timeZone: "UTC" });

export default async function IssuerPage({ params }: Props) {
  const issuer = await load((await params).slug);
  if (!issuer) notFound();
  const { provider, keys } = issuer;
  const appUrl = env().APP_URL;
  return (
    <div className="space-y-6">
      <header className="space-y-2">
        <p className="text-sm font-medium text-brand-700">Credential issuer</p>
        <h1 className="text-3xl font-bold tracking-tight">{provider.name}</h1>
        {provider.status !== "approved" ? <p className="text-sm text-amber-900">This issuer no longer issues new credentials; credentials it issued still verify.</p> : null}
        <Markdown>{provider.description}</Markdown>
      </header>
      <Card className="space-y-3 p-5 text-sm">
        <h2 className="text-lg font-semibold">Profile</h2>
        <dl className="grid gap-2 sm:grid-cols-[10rem_1fr]">
          <dt className="text-slate-600">Issuer id</dt>
          <dd className="break-all font-mono text-xs">{issuerUrl(appUrl, provider.slug)}</dd>
          <dt className="text-slate-600">Website</dt>
          <dd>
            {provider.url ? (
              <a href={provider.url} rel="noopener noreferrer" className="text-brand-700 underline hover:no-underline">
                {provider.url}
              </a>
            ) : (
              <a href={`/providers/${provider.slug}`} className="text-brand-700 underline hover:no-underline">
                Courses by {provider.name}
              </a>
            )}
          </dd>
          <dt className="text-slate-600">For machines</dt>
          <dd>
            <a href={`/issuers/${provider.slug}/profile.json`} className="text-brand-700 underline hover:no-underline">
              JSON-LD profile
            </a>{" "}
            (also served here to clients that ask for JSON)
          </dd>
        </dl>
      </Card>
      <Card className="space-y-3 p-5">
        <h2 className="text-lg font-semibold">Verification methods</h2>
        <p className="text-sm text-slate-700">Ed25519 keys (Multikey) this issuer signs credentials with. Older keys stay listed so credentials they signed keep verifying.</p>
        {keys.length === 0 ? (
          <p className="text-sm text-slate-600">No credentials issued yet, so no keys.</p>
        ) : (
          <ul className="space-y-2">
            {keys.map((k, i) => (
              <li key={k.publicKeyMultibase} className="rounded-lg border border-slate-200 p-3 text-sm">
                <p className="break-all font-mono text-xs">{verificationMethodUrl(appUrl, provider.slug, k.publicKeyMultibase)}</p>
                <p className="mt-1 text-slate-600">
                  Added {day.format(k.createdAt)}
                  {i === keys.length - 1 ? " · signs new credentials" : ""}
                </p>
              </li>
            ))}
          </ul>
        )}
      </Card>
    </div>
  );
}
