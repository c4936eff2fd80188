// next.config.js points Next.js here only when REDIS_URL is set: ISR pages and
// unstable_cache entries (with their tags) live in Redis, shared by every instance, so
// revalidateTag on one instance is seen by all of them on their next request.
import { CacheHandler } from "@fortedigital/nextjs-cache-handler";
import { createSharedCacheHandler } from "./lib/cache/redis-cache.mjs";

CacheHandler.onCreation(async () => ({
  handlers: [await createSharedCacheHandler({ REDIS_URL: process.env.REDIS_URL ?? "", REDIS_KEY_PREFIX: process.env.REDIS_KEY_PREFIX })],
}));

export default CacheHandler;
