import { sql } from "drizzle-orm";
import type { Db } from "@/db";
import { effectiveSort, parseCatalogQuery } from "@/lib/catalog/catalog-params";
import { resultRowsQuery } from "@/lib/catalog/result-rows";
import { SEARCH_CAP } from "@/lib/catalog/search-cap";
import { searchCourses } from "@/lib/catalog/search-courses";
import { catalogFilters } from "@/lib/catalog/search-filters";
import { prepareTextQuery } from "@/lib/catalog/text-query";

export const BENCH_QUERY = { q: "kubernetes", level: "advanced", price: "paid" };

/** Median time (ms) of the full search (counts and facets + page + skills) over `runs` runs, after a warm-up. */
export async function timeSearch(db: Db, runs = 15): Promise<number> {
  const input = { ...parseCatalogQuery(BENCH_QUERY), pageSize: 12, withFacets: true };
  await searchCourses(db, input);
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const started = performance.now();
    await searchCourses(db, input);
    times.push(performance.now() - started);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)]!;
}

/** Execution time (ms) of the result-page statement alone, as EXPLAIN ANALYZE reports it (median of 9). */
export async function timeResultPage(db: Db): Promise<number> {
  const times: number[] = [];
  for (let i = 0; i < 10; i++) {
    const plan = await explainSearch(db);
    const line = plan.find((l) => l.startsWith("Execution Time"));
    if (i > 0 && line) times.push(Number(/([\d.]+) ms/.exec(line)?.[1]));
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)]!;
}

/** The plan of the result-page statement the app runs for BENCH_QUERY, to show which indexes it uses. */
export async function explainSearch(db: Db): Promise<string[]> {
  const query = parseCatalogQuery(BENCH_QUERY);
  const tsquery = await prepareTextQuery(db, query.q);
  const statement = resultRowsQuery(db, {
    where: catalogFilters(db, query, tsquery),
    sort: effectiveSort(query),
    tsquery,
    cap: SEARCH_CAP,
    limit: 13,
    offset: 0,
  });
  const rows = (await db.execute(sql`explain (analyze, buffers off, timing on) ${statement}`)) as unknown as { "QUERY PLAN": string }[];
  return rows.map((r) => r["QUERY PLAN"]);
}
