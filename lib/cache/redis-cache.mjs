// The shared Next.js cache in Redis. Plain JavaScript because Next.js loads
// cache-handler.mjs itself, outside the app's bundles; the worker imports the same
// module, so both talk to the same keys. One connection per process (globalThis).
import createRedisHandler from "@fortedigital/nextjs-cache-handler/redis-strings";
import { createClient } from "@redis/client";

const holder = /** @type {typeof globalThis & { __microcredRedis?: Promise<import("@redis/client").RedisClientType>; __microcredDatabaseIdentity?: string }} */ (globalThis);

/** @param {string} url */
export function sharedRedisClient(url) {
  holder.__microcredRedis ??= (async () => {
    const client = createClient({
      url,
      // Give up on a command quickly and keep reconnecting: a Redis outage must cost a
      // cache miss, never a hanging page.
      socket: { connectTimeout: 2_000, reconnectStrategy: (retries) => Math.min(retries * 200, 2_000) },
    });
    client.on("error", (error) => console.error("[redis]", error instanceof Error ? error.message : error));
    // Redis down at start must not hold pages back: wait briefly, then let the client
    // keep reconnecting in the background (until then cache reads are misses and the
    // rate limits use their per-instance stand-in).
    const connected = client.connect().catch((error) => console.error("[redis] not connected yet:", error instanceof Error ? error.message : error));
    await Promise.race([connected, new Promise((resolve) => setTimeout(resolve, 2_000).unref())]);
    return /** @type {import("@redis/client").RedisClientType} */ (/** @type {unknown} */ (client));
  })();
  return holder.__microcredRedis;
}

/**
 * Every key carries the database's identity (instrumentation.ts reads it at start,
 * migration 0019 wrote it): a build started on another database never reads these.
 * @param {{ REDIS_KEY_PREFIX?: string }} env
 */
export function cacheKeyPrefix(env) {
  const identity = holder.__microcredDatabaseIdentity;
  if (!identity) throw new Error("The database identity is not known yet; instrumentation.ts sets it before the first request.");
  return `${env.REDIS_KEY_PREFIX || "microcred"}:${identity}:next:`;
}

/** @param {{ REDIS_URL: string; REDIS_KEY_PREFIX?: string }} env */
export async function createSharedCacheHandler(env) {
  return createRedisHandler({ client: await sharedRedisClient(env.REDIS_URL), keyPrefix: cacheKeyPrefix(env), timeoutMs: 1_000 });
}
