import { and, count, eq } from "drizzle-orm";
import type { Db } from "@/db";
import { courses, providers } from "@/db/schema";
import { effectiveSort, type CatalogQuery, type Sort } from "./catalog-params";
import { afterCursor, cursorValues, decodeCursor, encodeCursor, orderBy, sortSpec } from "./catalog-sort";
import { attachSkills, courseCardColumns, type CourseCard } from "./course-card";
import { countFacets, type Facets } from "./course-facets";
import { catalogFilters } from "./search-filters";
import { suggestCorrection } from "./suggest-correction";
import { prepareTextQuery } from "./text-query";

export type SearchInput = CatalogQuery & { pageSize: number; cursor?: string; withFacets?: boolean };

export type SearchResult = {
  items: CourseCard[];
  total: number;
  page: number;
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
  const tsquery = await prepareTextQuery(db, input.q);
  const sort = effectiveSort(input);
  const spec = sortSpec(sort, tsquery);
  const where = catalogFilters(db, input, tsquery);

  const [[totals], facets] = await Promise.all([
    db.select({ n: count() }).from(courses).innerJoin(providers, eq(providers.id, courses.providerId)).where(where),
    input.withFacets ? countFacets(db, input, tsquery) : Promise.resolve(null),
  ]);
  const total = totals?.n ?? 0;
  const pageCount = Math.max(1, Math.ceil(total / input.pageSize));
  const page = Math.min(input.page, pageCount);

  let rowsQuery = db
    .select({ ...courseCardColumns, cursor: cursorValues(spec) })
    .from(courses)
    .innerJoin(providers, eq(providers.id, courses.providerId))
    .$dynamic();
  if (input.cursor) {
    const values = decodeCursor(input.cursor, sort, spec.keys.length);
    if (!values) throw new InvalidCursorError("cursor does not belong to this query; start again without it");
    rowsQuery = rowsQuery.where(and(where, afterCursor(spec, values)));
  } else {
    rowsQuery = rowsQuery.where(where).offset((page - 1) * input.pageSize);
  }
  // One extra row tells whether another page follows.
  const rows = await rowsQuery.orderBy(...orderBy(spec)).limit(input.pageSize + 1);
  const pageRows = rows.slice(0, input.pageSize);
  const last = pageRows[pageRows.length - 1];
  const nextCursor = rows.length > input.pageSize && last ? encodeCursor(sort, last.cursor) : null;

  return {
    items: await attachSkills(db, pageRows.map(({ cursor: _cursor, ...card }) => card)),
    total,
    page,
    pageCount,
    pageSize: input.pageSize,
    sort,
    nextCursor,
    facets,
    correctedQuery: null,
  };
}
