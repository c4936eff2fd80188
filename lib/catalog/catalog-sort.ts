import { sql, type SQL } from "drizzle-orm";
import { courses } from "@/db/schema";
import type { Sort } from "./catalog-params";
import { textRank } from "./text-query";

type SortKey = { expr: SQL; cast: "real" | "numeric" | "integer" | "timestamptz" | "uuid" };
export type SortSpec = { direction: "asc" | "desc"; keys: SortKey[] };

// Every order ends in the course id, so it is total: pages never overlap or skip,
// and the tuple of key values is a cursor. All keys of one order share a direction,
// which lets a cursor be one row comparison.
export function sortSpec(sort: Sort, tsquery: string | null): SortSpec {
  const id: SortKey = { expr: sql`${courses.id}`, cast: "uuid" };
  const newest: SortKey = { expr: sql`${courses.publishedAt}`, cast: "timestamptz" };
  const rating: SortKey = { expr: sql`coalesce(${courses.ratingAverage}, -1)`, cast: "numeric" };
  const popularity: SortKey = { expr: sql`${courses.enrollmentCount}`, cast: "integer" };
  const price: SortKey = { expr: sql`${courses.priceAmount}`, cast: "integer" };
  switch (sort) {
    case "relevance":
      return tsquery
        ? { direction: "desc", keys: [{ expr: sql`${textRank(tsquery)}`, cast: "real" }, rating, popularity, newest, id] }
        : { direction: "desc", keys: [newest, id] };
    case "newest":
      return { direction: "desc", keys: [newest, id] };
    case "rating":
      return { direction: "desc", keys: [rating, { expr: sql`${courses.ratingCount}`, cast: "integer" }, newest, id] };
    case "popular":
      return { direction: "desc", keys: [popularity, newest, id] };
    case "price_asc":
      return { direction: "asc", keys: [price, id] };
    case "price_desc":
      return { direction: "desc", keys: [price, id] };
  }
}

export function orderBy(spec: SortSpec): SQL[] {
  return spec.keys.map((k) => (spec.direction === "desc" ? sql`${k.expr} desc` : sql`${k.expr} asc`));
}

/** The row's key values as text, selected alongside each result to build its cursor. */
export function cursorValues(spec: SortSpec): SQL<string[]> {
  return sql<string[]>`array[${sql.join(spec.keys.map((k) => sql`(${k.expr})::text`), sql`, `)}]`;
}

/** Rows strictly after the cursor in this order. */
export function afterCursor(spec: SortSpec, values: string[]): SQL {
  const left = sql.join(spec.keys.map((k) => k.expr), sql`, `);
  const right = sql.join(spec.keys.map((k, i) => sql`cast(${values[i] ?? null} as ${sql.raw(k.cast)})`), sql`, `);
  return spec.direction === "desc" ? sql`(${left}) < (${right})` : sql`(${left}) > (${right})`;
}

/**
 * A cursor is the sort and the key values of the last row. Relevance has two tiers
 * (result-rows.ts): `t: 1` marks a row past the ranked candidates, whose keys are
 * those of the popularity order.
 */
export type Cursor = { tier: 0 | 1; values: string[] };

export function encodeCursor(sort: Sort, cursor: Cursor): string {
  return Buffer.from(JSON.stringify(cursor.tier ? { s: sort, t: 1, v: cursor.values } : { s: sort, v: cursor.values })).toString("base64url");
}

/** `keyCount(tier)`: how many key values a cursor of that tier must carry (0 = no such tier). */
export function decodeCursor(cursor: string, sort: Sort, keyCount: (tier: 0 | 1) => number): Cursor | null {
  try {
    const parsed: unknown = JSON.parse(Buffer.from(cursor, "base64url").toString("utf8"));
    if (typeof parsed !== "object" || parsed === null) return null;
    const { s, t, v } = parsed as { s?: unknown; t?: unknown; v?: unknown };
    if (t !== undefined && t !== 1) return null;
    const tier = t === 1 ? 1 : 0;
    const n = keyCount(tier);
    if (s !== sort || n === 0 || !Array.isArray(v) || v.length !== n || !v.every((x) => typeof x === "string" && x.length < 100)) return null;
    return { tier, values: v as string[] };
  } catch {
    return null;
  }
}
