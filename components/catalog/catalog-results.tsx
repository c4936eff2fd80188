import Link from "next/link";
import { catalogHref, type CatalogQuery } from "@/lib/catalog/catalog-params";
import { formatCount } from "@/lib/catalog/format";
import type { SearchResult } from "@/lib/catalog/search-courses";
import { CourseGrid } from "../course-card";
import { ButtonLink } from "../ui/button";
import { EmptyState } from "../ui/empty-state";
import { Pagination } from "../ui/pagination";

type Props = { result: SearchResult; query: CatalogQuery; basePath: string; clearHref?: string };

export function CatalogResults({ result, query, basePath, clearHref }: Props) {
  const hrefFor = (page: number) => catalogHref(basePath, { ...query, page });
  if (result.total === 0) {
    return (
      <EmptyState title="No courses match" action={clearHref ? <ButtonLink href={clearHref} variant="secondary">Clear all filters</ButtonLink> : undefined}>
        <p>{query.q ? `Nothing matches “${query.q}” with these filters.` : "Nothing matches these filters."} Try:</p>
        <ul className="mt-2 list-inside list-disc text-left">
          <li>fewer filters, or a wider price or duration range</li>
          {query.q ? <li>fewer or more general words — partial words work too</li> : null}
          <li>
            browsing{" "}
            <Link href="/courses" className="font-medium text-brand-700 hover:underline">
              all courses
            </Link>
          </li>
        </ul>
      </EmptyState>
    );
  }
  const first = (result.page - 1) * result.pageSize + 1;
  const last = first + result.items.length - 1;
  return (
    <div className="space-y-6">
      {result.correctedQuery ? (
        <p className="rounded-lg border border-amber-200 bg-amber-50 p-3 text-sm text-amber-900" role="status">
          No results for “{query.q}”. Showing results for <strong>{result.correctedQuery}</strong> instead. Did you mean{" "}
          <Link href={catalogHref(basePath, { ...query, q: result.correctedQuery, page: 1 })} className="font-medium underline">
            {result.correctedQuery}
          </Link>
          ?
        </p>
      ) : null}
      <p className="text-sm text-slate-600" aria-live="polite">
        Showing {first}–{last} of {formatCount(result.total, result.totalCapped)} {result.total === 1 && !result.totalCapped ? "course" : "courses"}
      </p>
      <CourseGrid courses={result.items} />
      {result.totalCapped && result.page === result.pageCount ? (
        <p className="text-sm text-slate-600">
          Pages end after the first {formatCount(result.total)} results. Add words or filters to narrow the search.
        </p>
      ) : null}
      <Pagination page={result.page} pageCount={result.pageCount} hrefFor={hrefFor} />
    </div>
  );
}
