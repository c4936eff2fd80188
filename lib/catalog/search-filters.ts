import { and, eq, exists, gt, gte, inArray, lt, lte, or, sql, type SQL } from "drizzle-orm";
import type { Db } from "@/db";
import { courseSkills, courses, providers, skills } from "@/db/schema";
import { DURATIONS, type CatalogQuery } from "./catalog-params";
import { matchesTextQuery } from "./text-query";

export type FacetName = "skill" | "level" | "language" | "provider" | "price" | "duration";

/**
 * WHERE conditions of a catalog query. `except` leaves out one facet's own filter,
 * which is how each facet counts "what you would get if you picked this value".
 * Values inside one facet combine with OR, facets with AND.
 */
export function catalogFilters(db: Db, query: CatalogQuery, tsquery: string | null, except?: FacetName): SQL {
  const filters: (SQL | undefined)[] = [eq(courses.status, "published"), eq(providers.status, "approved")];
  if (tsquery) filters.push(matchesTextQuery(tsquery));
  if (except !== "skill" && query.skill.length) {
    filters.push(
      exists(
        db
          .select({ one: sql`1` })
          .from(courseSkills)
          .innerJoin(skills, eq(skills.id, courseSkills.skillId))
          .where(and(eq(courseSkills.courseId, courses.id), inArray(skills.slug, query.skill))),
      ),
    );
  }
  if (except !== "level" && query.level.length) filters.push(inArray(courses.level, query.level));
  if (except !== "language" && query.language.length) filters.push(inArray(courses.language, query.language));
  if (except !== "provider" && query.provider.length) filters.push(inArray(providers.slug, query.provider));
  if (except !== "price") {
    if (query.price === "free") filters.push(eq(courses.priceAmount, 0));
    if (query.price === "paid") filters.push(gt(courses.priceAmount, 0));
    if (query.price_min !== undefined) filters.push(gte(courses.priceAmount, Math.round(query.price_min * 100)));
    if (query.price_max !== undefined) filters.push(lte(courses.priceAmount, Math.round(query.price_max * 100)));
  }
  if (except !== "duration" && query.duration.length) {
    filters.push(
      or(
        ...query.duration.map((bucket) => {
          const { from, to } = DURATIONS[bucket];
          return to === null ? gte(courses.durationMinutes, from) : and(gte(courses.durationMinutes, from), lt(courses.durationMinutes, to));
        }),
      ),
    );
  }
  return and(...filters)!;
}
