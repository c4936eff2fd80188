import type { Metadata } from "next";
import { CatalogBrowser } from "@/components/catalog/catalog-browser";
import { catalogHref, parseCatalogQuery } from "@/lib/catalog/catalog-params";

export const dynamic = "force-dynamic";

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata({ searchParams }: Props): Promise<Metadata> {
  const query = parseCatalogQuery(await searchParams);
  return {
    title: query.q ? `Courses matching “${query.q}”` : "Course catalog",
    description: "Short, skill-specific courses with verifiable Open Badges 3.0 credentials.",
    alternates: { canonical: catalogHref("/courses", query) },
    // Filter combinations are endless; only the plain catalog pages are for indexing.
    robots: query.q || query.level.length || query.language.length || query.price ? { index: false, follow: true } : undefined,
  };
}

export default async function CatalogPage({ searchParams }: Props) {
  const query = parseCatalogQuery(await searchParams);
  return (
    <div className="space-y-6">
      <header>
        <h1 className="text-3xl font-bold tracking-tight">{query.q ? `Courses matching “${query.q}”` : "Course catalog"}</h1>
        <p className="mt-1 text-slate-600">Every course ends in a credential employers can verify.</p>
      </header>
      <CatalogBrowser basePath="/courses" query={query} />
    </div>
  );
}
