import { sql } from "drizzle-orm";
import type { Db } from "@/db";
import { parseCatalogQuery } from "@/lib/catalog/catalog-params";
import { searchCourses } from "@/lib/catalog/search-courses";

export const BENCH_QUERY = { q: "kubernetes", level: "advanced", price: "paid" };

/** Median time (ms) of the full search (count + page + facets) over `runs` runs, after a warm-up. */
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

/** The plan of the result-page query, to show which indexes it uses. */
export async function explainSearch(db: Db): Promise<string[]> {
  const rows = (await db.execute(sql`
    explain (analyze, buffers off, timing on)
    select c.id from courses c join providers p on p.id = c.provider_id
    where c.status = 'published' and p.status = 'approved'
      and c.search_document @@ to_tsquery('english', 'kubernet:*')
      and c.level = 'advanced' and c.price_amount > 0
    order by ts_rank_cd(c.search_document, to_tsquery('english', 'kubernet:*'), 1) desc, c.id desc
    limit 13`)) as unknown as { "QUERY PLAN": string }[];
  return rows.map((r) => r["QUERY PLAN"]);
}
