import { sql, type SQL } from "drizzle-orm";
import type { Db } from "./client";

// A Date inside a raw sql`` fragment is not serialized by every driver
// (postgres.js rejects it), so pass timestamps as ISO text with an explicit cast.
export function timestamptz(date: Date): SQL {
  return sql`${date.toISOString()}::timestamptz`;
}

/**
 * Rows of a raw statement on either driver: postgres-js returns the rows array,
 * PGlite a result object with `rows`.
 */
export async function executeRows(db: Pick<Db, "execute">, query: SQL): Promise<Record<string, unknown>[]> {
  const result = await db.execute(query);
  return (Array.isArray(result) ? result : (result as unknown as { rows: Record<string, unknown>[] }).rows) as Record<string, unknown>[];
}
