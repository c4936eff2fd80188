import { sql } from "drizzle-orm";
import type { Db } from "@/db";
import { courses } from "@/db/schema";

// websearch_to_tsquery understands quotes, -exclusions and "or"; we then turn every
// lexeme into a prefix match ('kube':*) so that partial words find results. The
// query text goes in as a bound parameter, never into the SQL string.
export async function prepareTextQuery(db: Db, raw: string | undefined): Promise<string | null> {
  // Defence in depth behind the query schemas: Postgres text cannot hold NUL.
  const q = raw?.replaceAll("\u0000", "");
  if (!q) return null;
  const [row] = await db.select({ query: sql<string>`websearch_to_tsquery('english', ${q})::text` }).from(sql`(select 1) as one`);
  const text = row?.query ?? "";
  if (!text.trim()) return null; // only stop words or punctuation
  return text.replace(/'((?:[^']|'')+)'/g, "'$1':*");
}

export function matchesTextQuery(tsquery: string) {
  return sql`${courses.searchDocument} @@ to_tsquery('english', ${tsquery})`;
}

export function textRank(tsquery: string) {
  // Normalization 1 divides by log(length) so long descriptions do not win on volume.
  return sql<number>`ts_rank_cd(${courses.searchDocument}, to_tsquery('english', ${tsquery}), 1)`;
}
