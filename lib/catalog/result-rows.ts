import { and, eq, inArray, type SQL } from "drizzle-orm";
import type { Db } from "@/db";
import { courses, providers } from "@/db/schema";
import type { Sort } from "./catalog-params";
import { afterCursor, cursorValues, orderBy, sortSpec, type Cursor, type SortSpec } from "./catalog-sort";
import { courseCardColumns, type CourseCardRow } from "./course-card";

export type ResultRow = CourseCardRow & { cursor: Cursor };
export type RowsRequest = { where: SQL; sort: Sort; tsquery: string | null; cap: number; limit: number; offset: number; after?: Cursor };

// Relevance with words ranks candidates, not every match: the `cap` most popular
// matches (the "popular" order, which has an index), so ts_rank_cd runs on at most
// `cap` rows however many match. Ranking stays sensible because a popular course is
// the likelier answer, and it is deterministic, so pages and cursors are stable.
// Matches past the candidates form a second tier in popularity order; only the API's
// cursors reach it (page numbers end at the cap).
const candidateOrder = sortSpec("popular", null);
export function ranksCandidates(sort: Sort, tsquery: string | null): boolean {
  return sort === "relevance" && tsquery !== null;
}

/** Key counts a cursor of each tier carries, for decodeCursor. */
export function cursorKeyCount(sort: Sort, tsquery: string | null): (tier: 0 | 1) => number {
  const keys = sortSpec(sort, tsquery).keys.length;
  return (tier) => (tier === 0 ? keys : ranksCandidates(sort, tsquery) ? candidateOrder.keys.length : 0);
}

/** Up to `limit` rows of the results in the sort's total order, after `after` or from `offset`. */
export async function fetchResultRows(db: Db, r: RowsRequest): Promise<ResultRow[]> {
  if (ranksCandidates(r.sort, r.tsquery) && r.after?.tier === 1) return fetchPastCandidates(db, r);
  const rows = await resultRowsQuery(db, r);
  return rows.map(({ keys, ...card }) => ({ ...card, cursor: { tier: 0, values: keys } }));
}

/** The statement behind fetchResultRows for the first tier (also what the bench explains). */
export function resultRowsQuery(db: Db, r: RowsRequest) {
  const spec = sortSpec(r.sort, r.tsquery);
  if (!ranksCandidates(r.sort, r.tsquery)) return selectRows(db, r, r.where, spec);
  // Only the ids come out of the top-N sort, so it carries small rows; the page then
  // reads the 1,000 candidates by primary key to rank them.
  const candidates = db
    .select({ id: courses.id })
    .from(courses)
    .innerJoin(providers, eq(providers.id, courses.providerId))
    .where(r.where)
    .orderBy(...orderBy(candidateOrder))
    .limit(r.cap);
  return selectRows(db, r, inArray(courses.id, candidates), spec);
}

/**
 * The rows after the candidates: past the tier-1 cursor, else past the last candidate.
 * Called when a page of candidates came up short and the total says more matched.
 */
export async function fetchPastCandidates(db: Db, r: RowsRequest): Promise<ResultRow[]> {
  let boundary = r.after?.tier === 1 ? r.after.values : undefined;
  if (!boundary) {
    const [last] = await db
      .select({ keys: cursorValues(candidateOrder) })
      .from(courses)
      .innerJoin(providers, eq(providers.id, courses.providerId))
      .where(r.where)
      .orderBy(...orderBy(candidateOrder))
      .offset(r.cap - 1)
      .limit(1);
    if (!last) return [];
    boundary = last.keys;
  }
  const rows = await selectRows(db, { ...r, after: undefined, offset: 0 }, and(r.where, afterCursor(candidateOrder, boundary)), candidateOrder);
  return rows.map(({ keys, ...card }) => ({ ...card, cursor: { tier: 1, values: keys } }));
}

function selectRows(db: Db, r: RowsRequest, where: SQL | undefined, spec: SortSpec) {
  return db
    .select({ ...courseCardColumns, keys: cursorValues(spec) })
    .from(courses)
    .$dynamic()
    .innerJoin(providers, eq(providers.id, courses.providerId))
    .where(and(where, r.after ? afterCursor(spec, r.after.values) : undefined))
    .orderBy(...orderBy(spec))
    .offset(r.after ? 0 : r.offset)
    .limit(r.limit);
}
