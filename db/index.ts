// The app's process-wide database. Kept on globalThis because Next.js bundles
// instrumentation, pages and route handlers separately: without it each bundle
// would open its own PGlite on the same data directory.
import { env } from "@/lib/config/env";
import { openDb, type Db, type DbHandle } from "./client";

export type { Db } from "./client";

const holder = globalThis as typeof globalThis & { __microcredDb?: Promise<DbHandle> };

export function dbTargetFromEnv() {
  const { DATABASE_URL, DATABASE_POOL_MAX, PGLITE_DIR, DATABASE_CONNECT_TIMEOUT_SECONDS, DATABASE_STATEMENT_TIMEOUT_MS } = env();
  return DATABASE_URL
    ? { url: DATABASE_URL, poolMax: DATABASE_POOL_MAX, connectTimeoutSeconds: DATABASE_CONNECT_TIMEOUT_SECONDS, statementTimeoutMs: DATABASE_STATEMENT_TIMEOUT_MS }
    : { pgliteDir: PGLITE_DIR };
}

export function getDbHandle(): Promise<DbHandle> {
  if (process.env.NEXT_PHASE === "phase-production-build") {
    // PGlite is one connection in one process; parallel build workers must never open it.
    throw new Error("The database is not available during `next build`; render this route dynamically.");
  }
  holder.__microcredDb ??= openDb(dbTargetFromEnv()).catch((error: unknown) => {
    holder.__microcredDb = undefined;
    throw error;
  });
  return holder.__microcredDb;
}

export async function getDb(): Promise<Db> {
  return (await getDbHandle()).db;
}
