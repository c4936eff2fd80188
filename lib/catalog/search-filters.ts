import { and, arrayOverlaps, eq, exists, gt, gte, inArray, lt, lte, or, sql, type Column, type SQL, type SQLWrapper } from "drizzle-orm";
import type { Db } from "@/db";
import { courseSkills, courses, providers, skills } from "@/db/schema";
import { DURATIONS, type CatalogQuery } from "./catalog-params";
import { matchesTextQuery } from "./text-query";

export type FacetName = "skill" | "level" | "language" | "provider" | "price" | "duration";

/** The columns the facet filters read: the tables' own, or those of a CTE holding matches. */
export type FilterColumns = Record<"id" | "level" | "language" | "priceAmount" | "durationMinutes" | "providerSlug", SQLWrapper> & {
  /** On the table: level and language are matched through facet_tags, which the search index holds. */
  facetTags?: Column;
};

const tableColumns: FilterColumns = {
  id: courses.id,
  level: courses.level,
  language: courses.language,
  priceAmount: courses.priceAmount,
  durationMinutes: courses.durationMinutes,
  providerSlug: providers.slug,
  facetTags: courses.facetTags,
};

/**
 * WHERE conditions of a catalog query. `except` leaves out one facet's own filter,
 * which is how each facet counts "what you would get if you picked this value".
 * Values inside one facet combine with OR, facets with AND.
 */
export function catalogFilters(db: Db, query: CatalogQuery, tsquery: string | null, except?: FacetName): SQL {
  return and(baseFilters(tsquery), facetFilters(db, query, tableColumns, except))!;
}

/** What every search has: published courses of approved providers, matching the words if any. */
export function baseFilters(tsquery: string | null): SQL {
  return and(eq(courses.status, "published"), eq(providers.status, "approved"), tsquery ? matchesTextQuery(tsquery) : undefined)!;
}

/** The facet filters alone, over `c` (table columns, or a CTE's). Undefined when none apply. */
export function facetFilters(db: Db, query: CatalogQuery, c: FilterColumns, except?: FacetName): SQL | undefined {
  const col = (k: keyof FilterColumns) => sql`${c[k]}`;
  const filters: (SQL | undefined)[] = [];
  if (except !== "skill" && query.skill.length) {
    filters.push(
      exists(
        db
          .select({ one: sql`1` })
          .from(courseSkills)
          .innerJoin(skills, eq(skills.id, courseSkills.skillId))
          .where(and(eq(courseSkills.courseId, col("id")), inArray(skills.slug, query.skill))),
      ),
    );
  }
  // Several values of one facet: any of their tags (&&), which the GIN index answers.
  const tagged = (column: "level" | "language", prefix: string, values: string[]) =>
    c.facetTags ? arrayOverlaps(c.facetTags, values.map((v) => `${prefix}:${v}`)) : inArray(col(column), values);
  if (except !== "level" && query.level.length) filters.push(tagged("level", "level", query.level));
  if (except !== "language" && query.language.length) filters.push(tagged("language", "lang", query.language));
  if (except !== "provider" && query.provider.length) filters.push(inArray(col("providerSlug"), query.provider));
  if (except !== "price") {
    if (query.price === "free") filters.push(eq(col("priceAmount"), 0));
    if (query.price === "paid") filters.push(gt(col("priceAmount"), 0));
    if (query.price_min !== undefined) filters.push(gte(col("priceAmount"), Math.round(query.price_min * 100)));
    if (query.price_max !== undefined) filters.push(lte(col("priceAmount"), Math.round(query.price_max * 100)));
  }
  if (except !== "duration" && query.duration.length) {
    filters.push(
      or(
        ...query.duration.map((bucket) => {
          const { from, to } = DURATIONS[bucket];
          const minutes = col("durationMinutes");
          return to === null ? gte(minutes, from) : and(gte(minutes, from), lt(minutes, to));
        }),
      ),
    );
  }
  return and(...filters);
}
