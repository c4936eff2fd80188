import { count, desc, eq, sql } from "drizzle-orm";
import type { Db } from "@/db";
import { courseSkills, courses, providers, skills } from "@/db/schema";
import { DURATIONS, LEVELS, type CatalogQuery, type DurationBucket } from "./catalog-params";
import { formatLanguage, levelLabel } from "./format";
import { catalogFilters } from "./search-filters";

export type FacetValue = { value: string; label: string; count: number };
export type Facets = Record<"skill" | "level" | "language" | "provider" | "price" | "duration", FacetValue[]>;

// Each facet is counted with every filter except its own, so each number is what
// the results would be with that value ticked. Counting is done in SQL.
export async function countFacets(db: Db, query: CatalogQuery, tsquery: string | null): Promise<Facets> {
  const n = count();
  const [skillRows, levelRows, languageRows, providerRows, [price], [duration]] = await Promise.all([
    db
      .select({ value: skills.slug, label: skills.name, count: n })
      .from(courses)
      .innerJoin(providers, eq(providers.id, courses.providerId))
      .innerJoin(courseSkills, eq(courseSkills.courseId, courses.id))
      .innerJoin(skills, eq(skills.id, courseSkills.skillId))
      .where(catalogFilters(db, query, tsquery, "skill"))
      .groupBy(skills.slug, skills.name)
      .orderBy(desc(n), skills.name)
      .limit(25),
    db
      .select({ value: courses.level, count: n })
      .from(courses)
      .innerJoin(providers, eq(providers.id, courses.providerId))
      .where(catalogFilters(db, query, tsquery, "level"))
      .groupBy(courses.level),
    db
      .select({ value: courses.language, count: n })
      .from(courses)
      .innerJoin(providers, eq(providers.id, courses.providerId))
      .where(catalogFilters(db, query, tsquery, "language"))
      .groupBy(courses.language)
      .orderBy(desc(n)),
    db
      .select({ value: providers.slug, label: providers.name, count: n })
      .from(courses)
      .innerJoin(providers, eq(providers.id, courses.providerId))
      .where(catalogFilters(db, query, tsquery, "provider"))
      .groupBy(providers.slug, providers.name)
      .orderBy(desc(n), providers.name)
      .limit(25),
    db
      .select({
        free: sql<number>`count(*) filter (where ${courses.priceAmount} = 0)`.mapWith(Number),
        paid: sql<number>`count(*) filter (where ${courses.priceAmount} > 0)`.mapWith(Number),
      })
      .from(courses)
      .innerJoin(providers, eq(providers.id, courses.providerId))
      .where(catalogFilters(db, query, tsquery, "price")),
    db
      .select(
        Object.fromEntries(
          Object.entries(DURATIONS).map(([bucket, { from, to }]) => [
            bucket,
            (to === null
              ? sql<number>`count(*) filter (where ${courses.durationMinutes} >= ${from})`
              : sql<number>`count(*) filter (where ${courses.durationMinutes} >= ${from} and ${courses.durationMinutes} < ${to})`
            ).mapWith(Number),
          ]),
        ) as Record<DurationBucket, ReturnType<typeof sql<number>>>,
      )
      .from(courses)
      .innerJoin(providers, eq(providers.id, courses.providerId))
      .where(catalogFilters(db, query, tsquery, "duration")),
  ]);

  const levelCounts = new Map(levelRows.map((r) => [r.value, r.count]));
  return {
    skill: skillRows,
    level: LEVELS.map((l) => ({ value: l, label: levelLabel[l], count: levelCounts.get(l) ?? 0 })),
    language: languageRows.map((r) => ({ value: r.value, label: formatLanguage(r.value), count: r.count })),
    provider: providerRows,
    price: [
      { value: "free", label: "Free", count: price?.free ?? 0 },
      { value: "paid", label: "Paid", count: price?.paid ?? 0 },
    ],
    duration: (Object.keys(DURATIONS) as DurationBucket[]).map((b) => ({ value: b, label: DURATIONS[b].label, count: duration?.[b] ?? 0 })),
  };
}
