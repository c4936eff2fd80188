import type { Db } from "@/db";
import { databaseIdentity } from "@/db/schema";

const holder = globalThis as typeof globalThis & { __microcredDatabaseIdentity?: string };

/**
 * Reads the identity migration 0019 wrote and publishes it on globalThis, where the
 * Redis cache handler (loaded by Next.js outside our bundles) finds it for its keys.
 */
export async function loadDatabaseIdentity(db: Db): Promise<string> {
  const [row] = await db.select({ id: databaseIdentity.id }).from(databaseIdentity).limit(1);
  if (!row) throw new Error("database_identity is empty; run the migrations.");
  holder.__microcredDatabaseIdentity = row.id;
  return row.id;
}
