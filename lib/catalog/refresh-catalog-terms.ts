import { sql } from "drizzle-orm";
import type { Db } from "@/db";

/** Rebuilds the "did you mean" vocabulary; CONCURRENTLY keeps it readable meanwhile. */
export async function refreshCatalogTerms(db: Db): Promise<void> {
  await db.execute(sql`refresh materialized view concurrently catalog_terms`);
}
