import { getDbHandle } from "@/db";
import { env } from "@/lib/config/env";
import { createMemoryRateLimit } from "./memory-rate-limit";
import { consumeSharedLimit, type LimitResult } from "./shared-rate-limit";

let embedded: ReturnType<typeof createMemoryRateLimit> | undefined;

/**
 * Budget of the public JSON APIs per client IP (PUBLIC_API_RATE_LIMIT per minute),
 * shared by all instances: Redis with REDIS_URL, else the PostgreSQL they share. The
 * embedded PGlite is one process by nature, so its counter stays in memory and no API
 * read turns into a write on the single embedded connection.
 */
export async function publicApiLimit(ip: string): Promise<LimitResult> {
  const { PUBLIC_API_RATE_LIMIT, REDIS_URL } = env();
  const handle = await getDbHandle();
  if (!REDIS_URL && handle.driver === "pglite") {
    embedded ??= createMemoryRateLimit({ limit: PUBLIC_API_RATE_LIMIT, windowMs: 60_000 });
    return embedded(ip);
  }
  return consumeSharedLimit(handle.db, { name: "api", limit: PUBLIC_API_RATE_LIMIT, windowSeconds: 60 }, ip);
}
