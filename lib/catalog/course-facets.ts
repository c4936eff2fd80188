import { count, desc, eq, sql, type SQL } from "drizzle-orm";
import { unionAll } from "drizzle-orm/pg-core";
import type { Db } from "@/db";
import { courses, providers, skills } from "@/db/schema";
import { DURATIONS, LEVELS, type CatalogQuery, type DurationBucket } from "./catalog-params";
import { formatLanguage, levelLabel } from "./format";
import { baseFilters, facetFilters, type FacetName } from "./search-filters";

/** `capped`: more than the cap matched, so the facet was counted over the first `cap` matches and `count` is a lower bound. */
export type FacetValue = { value: string; label: string; count: number; capped: boolean };
export type Facets = Record<FacetName, FacetValue[]>;
export type MatchCounts = { total: number; totalCapped: boolean; facets: Facets | null };

/**
 * The total and (optionally) the facet counts of a search in one statement, each over
 * at most `cap` + 1 matches (the extra one tells that there are more). The words are
 * looked up in the full-text index once, in the CTE `hits`, which Postgres reads
 * lazily: only as far as the hungriest count needs. Each facet is counted with every
 * filter but its own, so each number is what the results would be with that value ticked.
 */
export async function countMatches(db: Db, query: CatalogQuery, tsquery: string | null, opts: { cap: number; facets: boolean }): Promise<MatchCounts> {
  const hits = db.$with("hits").as(
    db
      .select({
        id: courses.id,
        level: courses.level,
        language: courses.language,
        priceAmount: courses.priceAmount,
        durationMinutes: courses.durationMinutes,
        skillIds: courses.skillIds,
        providerSlug: providers.slug,
        providerName: providers.name,
      })
      .from(courses)
      .innerJoin(providers, eq(providers.id, courses.providerId))
      .where(baseFilters(tsquery)),
  );
  const limit = opts.cap + 1;
  // Counted over the first `cap` rows only; `sampled` (up to cap + 1) tells whether more matched.
  const counted = (rn: SQL) => sql<number>`count(*) filter (where ${rn} <= ${opts.cap})`.mapWith(Number).as("n");
  // One row per (facet, value): a sample of the first `limit` hits that pass every filter
  // but the facet's own, grouped by `bucket`. "total" is the sample with every filter.
  const tally = (facet: FacetName | "total", bucket: SQL, label: SQL = sql`null`) => {
    const sampled = db
      .select({ bucket: sql<string>`(${bucket})::text`.as("bucket"), label: sql<string>`(${label})::text`.as("label") })
      .from(hits)
      .where(facetFilters(db, query, hits, facet === "total" ? undefined : facet))
      .limit(limit)
      .as(`${facet}_sample`);
    const numbered = db
      .select({ bucket: sampled.bucket, label: sampled.label, rn: sql<number>`row_number() over ()`.as("rn") })
      .from(sampled)
      .as(`${facet}_numbered`);
    return db
      .select({ facet: sql<string>`${facet}::text`.as("facet"), value: numbered.bucket, label: numbered.label, n: counted(sql`${numbered.rn}`), sampled: count().as("sampled") })
      .from(numbered)
      .groupBy(numbered.bucket, numbered.label);
  };

  const total = tally("total", sql`null`);
  if (!opts.facets) {
    const rows = await db.with(hits).select().from(total.as("tallies"));
    return { ...capTotal(rows[0]?.sampled ?? 0, opts.cap), facets: null };
  }

  // A course has several skills, so its facet is counted over a sample of courses
  // unnested into their skill ids (courses.skill_ids, kept by trigger: no per-course
  // lookup in course_skills), and the sample's size comes in a row of its own.
  const skillSample = db.$with("skill_sample").as(
    db
      .select({ skillIds: sql<string[]>`skill_ids`.as("skill_ids"), rn: sql<number>`row_number() over ()`.as("rn") })
      .from(db.select({ skillIds: hits.skillIds }).from(hits).where(facetFilters(db, query, hits, "skill")).limit(limit).as("skill_first")),
  );
  const skillCounts = db
    .select({ facet: sql<string>`'skill'`.as("facet"), value: sql<string>`${skills.slug}`.as("value"), label: sql<string>`${skills.name}`.as("label"), n: count().as("n"), sampled: sql<number>`0`.mapWith(Number).as("sampled") })
    .from(skillSample)
    .innerJoin(sql`unnest(${skillSample.skillIds}) as skill_link(skill_id)`, sql`true`)
    .innerJoin(skills, sql`${skills.id} = skill_link.skill_id`)
    .where(sql`${skillSample.rn} <= ${opts.cap}`)
    .groupBy(skills.slug, skills.name)
    .orderBy(desc(count()), skills.name)
    .limit(25);
  const skillSampleSize = db
    .select({ facet: sql<string>`'skill'`.as("facet"), value: sql<string>`null`.as("value"), label: sql<string>`null`.as("label"), n: sql<number>`0`.mapWith(Number).as("n"), sampled: count().as("sampled") })
    .from(skillSample);
  const durationBucket = sql.join(
    [sql`case`, ...Object.entries(DURATIONS).map(([b, { to }]) => (to === null ? sql`else ${b}` : sql`when ${hits.durationMinutes} < ${to} then ${b}`)), sql`end`],
    sql` `,
  );
  const tallies = unionAll(
    total,
    tally("level", sql`${hits.level}`),
    tally("language", sql`${hits.language}`),
    tally("provider", sql`${hits.providerSlug}`, sql`${hits.providerName}`),
    tally("price", sql`case when ${hits.priceAmount} = 0 then 'free' else 'paid' end`),
    tally("duration", durationBucket),
    skillCounts,
    skillSampleSize,
  ).as("tallies");
  const rows = await db.with(hits, skillSample).select().from(tallies);

  const of = (facet: string) => rows.filter((r) => r.facet === facet);
  const counts = (facet: FacetName) => {
    const capped = of(facet).reduce((sum, r) => sum + r.sampled, 0) > opts.cap;
    return { capped, byValue: new Map(of(facet).flatMap((r) => (r.value === null ? [] : [[r.value, { label: r.label, count: r.n }] as const]))) };
  };
  const fixed = <T extends string>(facet: FacetName, keys: readonly T[], label: (k: T) => string) => {
    const { capped, byValue } = counts(facet);
    return keys.map((k) => ({ value: k, label: label(k), count: byValue.get(k)?.count ?? 0, capped }));
  };
  const open = (facet: FacetName, label: (value: string, stored: string | null) => string) => {
    const { capped, byValue } = counts(facet);
    return [...byValue.entries()]
      .filter(([, c]) => c.count > 0)
      .map(([value, c]) => ({ value, label: label(value, c.label), count: c.count, capped }))
      .sort((a, b) => b.count - a.count || a.label.localeCompare(b.label));
  };
  return {
    ...capTotal(of("total")[0]?.sampled ?? 0, opts.cap),
    facets: {
      skill: open("skill", (v, l) => l ?? v),
      level: fixed("level", LEVELS, (l) => levelLabel[l]),
      language: open("language", (v) => formatLanguage(v)),
      provider: open("provider", (v, l) => l ?? v).slice(0, 25),
      price: fixed("price", ["free", "paid"] as const, (p) => (p === "free" ? "Free" : "Paid")),
      duration: fixed("duration", Object.keys(DURATIONS) as DurationBucket[], (b) => DURATIONS[b].label),
    },
  };
}

function capTotal(n: number, cap: number) {
  return { total: Math.min(n, cap), totalCapped: n > cap };
}
