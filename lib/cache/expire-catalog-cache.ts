import { tagsManifest } from "next/dist/server/lib/incremental-cache/tags-manifest.external";
import { env } from "@/lib/config/env";
import { CATALOG_TAG } from "./catalog-tag";
import { createSharedCacheHandler } from "./redis-cache.mjs";

/**
 * The `catalog-invalidate` job. With Redis it expires the tag in the shared cache, for
 * every instance at once, from any process (an inline worker or `npm run worker`).
 * Without Redis there is one instance, whose default file cache checks tags against
 * Next's in-process tag manifest — a module Next keeps outside its bundles
 * (`*.external`) precisely so that every layer shares it — so the inline worker marks
 * the tag expired there, as revalidateTag(tag, { expire: 0 }) does inside a request.
 */
export async function expireCatalogCache(): Promise<"shared" | "local"> {
  const { REDIS_URL, REDIS_KEY_PREFIX } = env();
  if (REDIS_URL) {
    const handler = await createSharedCacheHandler({ REDIS_URL, REDIS_KEY_PREFIX });
    await handler.revalidateTag(CATALOG_TAG);
    return "shared";
  }
  tagsManifest.set(CATALOG_TAG, { ...tagsManifest.get(CATALOG_TAG), expired: Date.now() });
  return "local";
}
