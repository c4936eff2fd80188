import { revalidateTag, unstable_cache } from "next/cache";
import { getDb } from "@/db";
import { searchCourses, type SearchInput, type SearchResult } from "./search-courses";

export const CATALOG_TAG = "catalog";

// Search results are the same for everyone, so they are cached across requests and
// invalidated by tag whenever a course or provider changes (invalidateCatalog).
// The 5-minute lifetime is only a backstop for changes made outside the app.
const cached = unstable_cache(async (input: SearchInput) => searchCourses(await getDb(), input), ["catalog-search-v1"], {
  tags: [CATALOG_TAG],
  revalidate: 300,
});

export function searchCatalog(input: SearchInput): Promise<SearchResult> {
  return cached(input);
}

export function invalidateCatalog(): void {
  revalidateTag(CATALOG_TAG, { expire: 0 });
}
