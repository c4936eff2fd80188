// The one place that knows which Postgres runs: PGlite (embedded, in-process) when
// no DATABASE_URL is set, postgres.js against a real server otherwise. Everything
// else receives a `Db` and cannot tell the difference.
import { mkdirSync } from "node:fs";
import path from "node:path";
import type { PgDatabase, PgQueryResultHKT } from "drizzle-orm/pg-core";
import * as schema from "./schema";

export type Db = PgDatabase<PgQueryResultHKT, typeof schema>;

export type DbHandle = {
  db: Db;
  driver: "pglite" | "postgres";
  migrate: () => Promise<void>;
  close: () => Promise<void>;
};

/**
 * Hardening (issue 15): a database that is down or hung must fail a request in seconds,
 * not the 30 s of postgres.js' default connect timeout. statement_timeout is sent as a
 * startup parameter, so every statement on every pooled connection is bounded by it.
 */
export type DbTimeouts = { connectTimeoutSeconds?: number; statementTimeoutMs?: number };

export type DbTarget = ({ url: string; poolMax?: number } & DbTimeouts) | { pgliteDir: string } | { memory: true };

export const migrationsFolder = path.join(process.cwd(), "db", "migrations");

export async function openDb(target: DbTarget): Promise<DbHandle> {
  if ("url" in target) {
    const [{ default: postgres }, { drizzle }, { migrate }] = await Promise.all([
      import("postgres"),
      import("drizzle-orm/postgres-js"),
      import("drizzle-orm/postgres-js/migrator"),
    ]);
    const client = postgres(target.url, {
      max: target.poolMax ?? 10,
      onnotice: () => {},
      connect_timeout: target.connectTimeoutSeconds ?? 5,
      connection: { statement_timeout: target.statementTimeoutMs ?? 15_000, idle_in_transaction_session_timeout: 60_000 },
    });
    const db = drizzle({ client, schema });
    return {
      db,
      driver: "postgres",
      migrate: () => migrate(db, { migrationsFolder }),
      close: () => client.end({ timeout: 5 }),
    };
  }
  const [{ PGlite }, { pg_trgm }, { drizzle }, { migrate }] = await Promise.all([
    import("@electric-sql/pglite"),
    import("@electric-sql/pglite/contrib/pg_trgm"),
    import("drizzle-orm/pglite"),
    import("drizzle-orm/pglite/migrator"),
  ]);
  let dataDir: string | undefined;
  if ("pgliteDir" in target) {
    dataDir = path.resolve(target.pgliteDir);
    mkdirSync(dataDir, { recursive: true });
  }
  const client = new PGlite({ dataDir, extensions: { pg_trgm } });
  await client.waitReady;
  const db = drizzle({ client, schema });
  return {
    db,
    driver: "pglite",
    migrate: () => migrate(db, { migrationsFolder }),
    close: () => client.close(),
  };
}
