import { sql, type SQL } from "drizzle-orm";
import type PgBoss from "pg-boss";
import type { Db } from "@/db";

type Param = string | number | boolean | null;

// pg-boss speaks `$1`-style SQL with an array of values; Drizzle speaks SQL objects.
// Values are normalized to what both drivers (postgres.js, PGlite) accept the same way.
function toParam(value: unknown): Param {
  if (value === undefined || value === null) return null;
  if (Array.isArray(value)) return `{${value.map((v) => `"${String(v).replace(/["\\]/g, "\\$&")}"`).join(",")}}`;
  if (value instanceof Date) return value.toISOString();
  if (typeof value === "object") return JSON.stringify(value);
  if (typeof value === "string" || typeof value === "number" || typeof value === "boolean") return value;
  return String(value);
}

export function toDrizzleSql(text: string, values: unknown[] = []): SQL {
  const chunks: SQL[] = [];
  let last = 0;
  for (const match of text.matchAll(/\$(\d+)/g)) {
    chunks.push(sql.raw(text.slice(last, match.index)));
    chunks.push(sql`${toParam(values[Number(match[1]) - 1])}`);
    last = match.index + match[0].length;
  }
  chunks.push(sql.raw(text.slice(last)));
  return sql.join(chunks);
}

export function rowsOf(result: unknown): Record<string, unknown>[] {
  if (Array.isArray(result)) return result as Record<string, unknown>[]; // postgres.js
  return ((result as { rows?: Record<string, unknown>[] }).rows ?? []) as Record<string, unknown>[]; // PGlite
}

/**
 * Runs pg-boss's statements on a Drizzle handle — in particular on the caller's
 * transaction, which is what makes enqueueJob a transactional outbox: the job row
 * commits or rolls back with the fact that caused it.
 */
export function drizzleExecutor(db: Db): PgBoss.Db {
  return {
    async executeSql(text: string, values: unknown[] = []) {
      return { rows: rowsOf(await db.execute(toDrizzleSql(text, values))) };
    },
  };
}

type PgliteLike = {
  query: (text: string, values?: unknown[]) => Promise<{ rows: unknown[] }>;
  exec: (text: string) => Promise<{ rows: unknown[] }[]>;
};

/**
 * pg-boss on the embedded PGlite, in-process. Its maintenance sends several statements
 * in one string (BEGIN; advisory lock; …; COMMIT), which only PGlite's simple-protocol
 * exec accepts; both calls wait for any open application transaction to finish.
 */
export function pgliteExecutor(client: PgliteLike): PgBoss.Db {
  return {
    async executeSql(text: string, values: unknown[] = []) {
      // PGlite serializes by the parameter types it reads from the statement (arrays, jsonb).
      if (values.length > 0) return { rows: (await client.query(text, values.map((v) => v ?? null))).rows };
      const results = await client.exec(text);
      return { rows: results.at(-1)?.rows ?? [] };
    },
  };
}

type PostgresLike = {
  unsafe: (text: string, values?: Param[]) => Promise<unknown> & { simple: () => Promise<unknown> };
};

/**
 * pg-boss's maintenance on the app's own postgres.js pool, so it always works on the
 * database the handle points at (and opens no second pool). Several statements in one
 * string go through the simple protocol, as pg-boss's own driver would send them.
 */
export function postgresExecutor(client: PostgresLike): PgBoss.Db {
  return {
    async executeSql(text: string, values: unknown[] = []) {
      if (values.length > 0) return { rows: rowsOf(await client.unsafe(text, values.map(toParam))) };
      const result = await client.unsafe(text).simple();
      // One statement answers its rows; several answer one row list per statement.
      const many = Array.isArray(result) && result.length > 0 && Array.isArray(result[0]);
      return { rows: rowsOf(many ? (result as unknown[]).at(-1) : result) };
    },
  };
}
