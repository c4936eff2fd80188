import { sql, type SQL } from "drizzle-orm";

// A Date inside a raw sql`` fragment is not serialized by every driver
// (postgres.js rejects it), so pass timestamps as ISO text with an explicit cast.
export function timestamptz(date: Date): SQL {
  return sql`${date.toISOString()}::timestamptz`;
}
