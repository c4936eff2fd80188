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

export function encodeCursor(sort: Sort, values: string[]): string {
  return Buffer.from(JSON.stringify({ s: sort, v: values })).toString("base64url");
}

export function decodeCursor(cursor: string, sort: Sort, keyCount: number): string[] | null {
  try {
    const parsed: unknown = JSON.parse(Buffer.from(cursor, "base64url").toString("utf8"));
    if (typeof parsed !== "object" || parsed === null) return null;
    const { s, v } = parsed as { s?: unknown; v?: unknown };
    if (s !== sort || !Array.isArray(v) || v.length !== keyCount || !v.every((x) => typeof x === "string" && x.length < 100)) return null;
    return v as string[];
  } catch {
    return null;
  }
}
