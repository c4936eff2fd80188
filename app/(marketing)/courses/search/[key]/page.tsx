import type { Metadata } from "next";
import { CatalogBrowser } from "@/components/catalog/catalog-browser";
import { catalogHref } from "@/lib/catalog/catalog-params";
import { decodeCatalogKey } from "@/lib/catalog/catalog-key";

// /courses?… is rewritten here by proxy.ts. Each distinct query renders once and is
// then served from the full-route cache until the catalog tag is invalidated (or
// after 5 minutes). Nothing is built ahead: the database is not there at build time.
export const revalidate = 300;
export const dynamicParams = true;
export function generateStaticParams(): { key: string }[] {
  return [];
}

type Props = { params: Promise<{ key: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const query = decodeCatalogKey((await params).key);
  return {
    title: query.q ? `Courses matching “${query.q}”` : "Course catalog",
    description: "Short, skill-specific courses with verifiable Open Badges 3.0 credentials.",
    alternates: { canonical: catalogHref("/courses", query) },
    // Filter combinations are endless; only the plain catalog pages are for indexing.
    robots: query.q || query.level.length || query.language.length || query.price ? { index: false, follow: true } : undefined,
  };
}

export default async function CatalogPage({ params }: Props) {
  const query = decodeCatalogKey((await params).key);
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
