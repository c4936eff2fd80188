import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { cache } from "react";
import { CatalogBrowser } from "@/components/catalog/catalog-browser";
import { Markdown } from "@/components/markdown";
import { getDb } from "@/db";
import { parseCatalogQuery } from "@/lib/catalog/catalog-params";
import { getPublicProvider } from "@/lib/catalog/get-provider";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ slug: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

const loadProvider = cache(async (slug: string) => getPublicProvider(await getDb(), slug));

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const provider = await loadProvider((await params).slug);
  if (!provider) return { title: "Provider not found" };
  return { title: provider.name, description: provider.description.slice(0, 200), alternates: { canonical: `/providers/${provider.slug}` } };
}

export default async function ProviderPage({ params, searchParams }: Props) {
  const provider = await loadProvider((await params).slug);
  if (!provider) notFound();
  const query = parseCatalogQuery(await searchParams);

  return (
    <div className="space-y-8">
      <header className="space-y-3 rounded-xl border border-slate-200 bg-white p-6">
        <p className="text-sm font-medium text-brand-700">Provider</p>
        <div className="flex items-center gap-4">
          {provider.logoUrl ? (
            // eslint-disable-next-line @next/next/no-img-element -- logos are uploads served by our own route (or https URLs from the seed)
            <img src={provider.logoUrl} alt={`${provider.name} logo`} className="size-16 rounded-lg border border-slate-200 object-contain" />
          ) : null}
          <h1 className="text-3xl font-bold tracking-tight">{provider.name}</h1>
        </div>
        <Markdown>{provider.description}</Markdown>
        {provider.url ? (
          <p className="text-sm">
            <a href={provider.url} rel="noopener noreferrer" className="font-medium text-brand-700 hover:underline">
              Visit website<span className="sr-only"> of {provider.name}</span>
            </a>
          </p>
        ) : null}
      </header>
      <section aria-labelledby="provider-courses-heading" className="space-y-4">
        <h2 id="provider-courses-heading" className="text-2xl font-bold">
          Courses
        </h2>
        <CatalogBrowser basePath={`/providers/${provider.slug}`} query={query} fixed={{ provider: provider.slug }} />
      </section>
    </div>
  );
}
