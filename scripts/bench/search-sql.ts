import { sql } from "drizzle-orm";
import type { Db } from "@/db";
import { effectiveSort, parseCatalogQuery } from "@/lib/catalog/catalog-params";
import { resultRowsQuery } from "@/lib/catalog/result-rows";
import { SEARCH_CAP } from "@/lib/catalog/search-cap";
import { searchCourses } from "@/lib/catalog/search-courses";
import { catalogFilters } from "@/lib/catalog/search-filters";
import { prepareTextQuery } from "@/lib/catalog/text-query";

export const BENCH_QUERY = { q: "kubernetes", level: "advanced", price: "paid" };

/**
 * Median times (ms) per database of the result-page statement (EXPLAIN ANALYZE execution
 * time) and of the whole search (counts and facets + page + skills, wall clock).
 * The sizes take turns in blocks (a warm-up, then `perBlock` samples), `blocks` times
 * over, so a busy spell on the shared machine lands on every size alike; the warm-up
 * at the start of each block brings that database back into Postgres's buffers, as it
 * would be on a server that holds only one catalog.
 */
export async function timeSearchSizes(dbs: Db[], blocks = 3, perBlock = 5): Promise<{ page: number; whole: number }[]> {
  const input = { ...parseCatalogQuery(BENCH_QUERY), pageSize: 12, withFacets: true };
  const page: number[][] = dbs.map(() => []);
  const whole: number[][] = dbs.map(() => []);
  for (let block = 0; block < blocks; block++) {
    for (const [i, db] of dbs.entries()) {
      for (let sample = -1; sample < perBlock; sample++) {
        const plan = await explainSearch(db);
        const started = performance.now();
        await searchCourses(db, input);
        const elapsed = performance.now() - started;
        if (sample < 0) continue; // warm-up
        const line = plan.find((l) => l.startsWith("Execution Time"));
        if (line) page[i]!.push(Number(/([\d.]+) ms/.exec(line)?.[1]));
        whole[i]!.push(elapsed);
      }
    }
  }
  return dbs.map((_, i) => ({ page: median(page[i]!), whole: median(whole[i]!) }));
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
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
