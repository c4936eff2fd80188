import type { Db } from "@/db";
import { effectiveSort, type CatalogQuery, type Sort } from "./catalog-params";
import { decodeCursor, encodeCursor } from "./catalog-sort";
import { attachSkills, type CourseCard } from "./course-card";
import { countMatches, type Facets } from "./course-facets";
import { cursorKeyCount, fetchPastCandidates, fetchResultRows, ranksCandidates, type RowsRequest } from "./result-rows";
import { SEARCH_CAP } from "./search-cap";
import { catalogFilters } from "./search-filters";
import { suggestCorrection } from "./suggest-correction";
import { prepareTextQuery } from "./text-query";

/** `cap` overrides SEARCH_CAP (tests). */
export type SearchInput = CatalogQuery & { pageSize: number; cursor?: string; withFacets?: boolean; cap?: number };

export type SearchResult = {
  items: CourseCard[];
  /** Exact up to the cap; with `totalCapped`, at least this many ("1,000+"). */
  total: number;
  totalCapped: boolean;
  page: number;
  /** Page numbers end at the cap; `nextCursor` goes on past it. */
  pageCount: number;
  pageSize: number;
  sort: Sort;
  nextCursor: string | null;
  facets: Facets | null;
  /** Set when nothing matched the words as typed and a close spelling did. */
  correctedQuery: string | null;
};

export class InvalidCursorError extends Error {}

export async function searchCourses(db: Db, input: SearchInput): Promise<SearchResult> {
  const result = await runSearch(db, input);
  if (result.total > 0 || !input.q) return result;
  const corrected = await suggestCorrection(db, input.q);
  if (!corrected) return result;
  const retry = await runSearch(db, { ...input, q: corrected });
  return retry.total > 0 ? { ...retry, correctedQuery: corrected } : result;
}

async function runSearch(db: Db, input: SearchInput): Promise<SearchResult> {
  const cap = input.cap ?? SEARCH_CAP;
  const tsquery = await prepareTextQuery(db, input.q);
  const sort = effectiveSort(input);
  const after = input.cursor ? decodeCursor(input.cursor, sort, cursorKeyCount(sort, tsquery)) : undefined;
  if (after === null) throw new InvalidCursorError("cursor does not belong to this query; start again without it");

  // One extra row tells whether another page follows.
  const request = (page: number): RowsRequest => ({
    where: catalogFilters(db, input, tsquery),
    sort,
    tsquery,
    cap,
    limit: input.pageSize + 1,
    offset: (page - 1) * input.pageSize,
    after,
  });
  // The page is fetched alongside the counts; only a page number past the end needs a second try.
  const [counts, firstTry] = await Promise.all([
    countMatches(db, input, tsquery, { cap, facets: input.withFacets ?? false }),
    fetchResultRows(db, request(after ? 1 : input.page)),
  ]);
  const pageCount = Math.max(1, Math.ceil(counts.total / input.pageSize));
  const page = after ? 1 : Math.min(input.page, pageCount);
  let rows = page === input.page || after ? firstTry : await fetchResultRows(db, request(page));
  const needed = input.pageSize + 1 - rows.length;
  if (needed > 0 && counts.totalCapped && ranksCandidates(sort, tsquery) && after?.tier !== 1) {
    rows = rows.concat(await fetchPastCandidates(db, { ...request(page), after: undefined, limit: needed }));
  }

  const pageRows = rows.slice(0, input.pageSize);
  const last = pageRows[pageRows.length - 1];
  return {
    items: await attachSkills(db, pageRows.map(({ cursor: _cursor, ...card }) => card)),
    total: counts.total,
    totalCapped: counts.totalCapped,
    page,
    pageCount,
    pageSize: input.pageSize,
    sort,
    nextCursor: rows.length > input.pageSize && last ? encodeCursor(sort, last.cursor) : null,
    facets: counts.facets,
    correctedQuery: null,
  };
}
