// Read replicas for the public catalog. With DATABASE_REPLICA_URLS, read-only catalog
// queries (search, course pages, suggestions, the public API) go to a replica through
// Drizzle's withReplicas; everything else — writes, checkout, learning, admin, and any
// read that must see a write just made — keeps using getDb(), the primary. Replication
// lag shows as a catalog that is a moment behind, which its 5-minute cache already is.
import { withReplicas } from "drizzle-orm/pg-core";
import { env } from "@/lib/config/env";
import { openDb, type Db } from "./client";
import { getDb } from "./index";

const holder = globalThis as typeof globalThis & { __microcredCatalogDb?: Promise<Db> };

export async function openCatalogDb(primary: Db, replicaUrls: string[], poolMax = 5): Promise<{ db: Db; close: () => Promise<void> }> {
  if (replicaUrls.length === 0) return { db: primary, close: async () => {} };
  const replicas = await Promise.all(replicaUrls.map((url) => openDb({ url, poolMax })));
  const [first, ...rest] = replicas.map((r) => r.db);
  return { db: withReplicas(primary, [first!, ...rest]), close: async () => void (await Promise.all(replicas.map((r) => r.close()))) };
}

/** The handle for read-only catalog queries: a replica when configured, else the primary. */
export function getCatalogDb(): Promise<Db> {
  holder.__microcredCatalogDb ??= (async () => {
    const { DATABASE_REPLICA_URLS, DATABASE_POOL_MAX } = env();
    return (await openCatalogDb(await getDb(), DATABASE_REPLICA_URLS, DATABASE_POOL_MAX)).db;
  })().catch((error: unknown) => {
    holder.__microcredCatalogDb = undefined;
    throw error;
  });
  return holder.__microcredCatalogDb;
}
