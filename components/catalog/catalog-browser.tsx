import { catalogHref, CATALOG_PAGE_SIZE, SORTS, type CatalogQuery } from "@/lib/catalog/catalog-params";
import { searchCatalog } from "@/lib/catalog/cached-search";
import { Button } from "../ui/button";
import { Select } from "../ui/input";
import { ActiveFilters } from "./active-filters";
import { AutoSubmit } from "./auto-submit";
import { CatalogResults } from "./catalog-results";
import { FacetFilters } from "./facet-filters";

const sortLabels: Record<(typeof SORTS)[number], string> = {
  relevance: "Most relevant",
  newest: "Newest",
  rating: "Highest rated",
  popular: "Most popular",
  price_asc: "Price: low to high",
  price_desc: "Price: high to low",
};

type Props = {
  basePath: string;
  /** What the URL says. */
  query: CatalogQuery;
  /** Filters fixed by the page itself (the skill of /skills/sql); not repeated in URLs. */
  fixed?: { skill?: string; provider?: string };
};

// The catalog with search, facets and sorting, shared by /courses, /skills/[slug]
// and /providers/[slug]. Everything lives in the URL (a GET form), so every state
// can be bookmarked and back/forward just work.
export async function CatalogBrowser({ basePath, query: urlQuery, fixed = {} }: Props) {
  const lock = (["skill", "provider"] as const).filter((k) => fixed[k]);
  const query: CatalogQuery = {
    ...urlQuery,
    ...(fixed.skill ? { skill: [fixed.skill] } : {}),
    ...(fixed.provider ? { provider: [fixed.provider] } : {}),
  };
  const result = await searchCatalog({ ...query, pageSize: CATALOG_PAGE_SIZE, withFacets: true });
  const facets = result.facets!;
  const formId = "catalog-filters";
  const clearHref = basePath;
  const anyFilter = catalogHref(basePath, { ...urlQuery, page: 1, sort: undefined }) !== clearHref;

  return (
    <div className="grid gap-8 lg:grid-cols-[15rem_1fr]">
      <form id={formId} action={basePath} className="space-y-6" aria-label="Filter courses">
        <AutoSubmit formId={formId} />
        {query.q ? <input type="hidden" name="q" value={query.q} /> : null}
        <details className="group rounded-xl border border-slate-200 bg-white p-4 lg:open:border-0 lg:open:bg-transparent lg:open:p-0" open>
          <summary className="cursor-pointer text-sm font-semibold lg:hidden">Filters</summary>
          <div className="mt-4 lg:mt-0">
            <FacetFilters facets={facets} query={query} hide={lock} />
            <Button type="submit" variant="secondary" className="mt-6 w-full">
              Apply filters
            </Button>
          </div>
        </details>
      </form>
      <div className="min-w-0 space-y-4">
        <div className="flex flex-wrap items-center justify-between gap-3">
          <ActiveFilters query={urlQuery} facets={facets} basePath={basePath} locked={lock} />
          <div className="ml-auto flex items-center gap-2">
            <label htmlFor={`${formId}-sort`} className="whitespace-nowrap text-sm text-slate-700">
              Sort by
            </label>
            <Select id={`${formId}-sort`} name="sort" form={formId} defaultValue={result.sort} className="w-auto">
              {SORTS.filter((s) => s !== "relevance" || query.q).map((s) => (
                <option key={s} value={s}>
                  {sortLabels[s]}
                </option>
              ))}
            </Select>
          </div>
        </div>
        <CatalogResults result={result} query={urlQuery} basePath={basePath} clearHref={anyFilter ? clearHref : undefined} />
      </div>
    </div>
  );
}
