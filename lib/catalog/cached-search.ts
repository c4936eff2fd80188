import { revalidateTag, unstable_cache } from "next/cache";
import { getCatalogDb } from "@/db/replicas";
import { CATALOG_TAG } from "@/lib/cache/catalog-tag";
import { getPublishedCourse } from "./get-course";
import { listRelatedCourses } from "./related-courses";
import { searchCourses, type SearchInput, type SearchResult } from "./search-courses";


// Search results are the same for everyone, so they are cached across requests and
// invalidated by tag whenever a course or provider changes (invalidateCatalog).
// The 5-minute lifetime is only a backstop for changes made outside the app. The key
// version changes with the shape of SearchResult (v2: capped totals and facets).
const cached = unstable_cache(async (input: SearchInput) => searchCourses(await getCatalogDb(), input), ["catalog-search-v2"], {
  tags: [CATALOG_TAG],
  revalidate: 300,
});

export function searchCatalog(input: SearchInput): Promise<SearchResult> {
  return cached(input);
}

// Course pages: the course (dates revived after the JSON round trip) and its related courses.
const cachedCourse = unstable_cache(
  async (slug: string) => {
    const db = await getCatalogDb();
    const course = await getPublishedCourse(db, slug);
    if (!course) return null;
    return { course, related: await listRelatedCourses(db, { courseId: course.id }) };
  },
  ["catalog-course-v1"],
  { tags: [CATALOG_TAG], revalidate: 300 },
);

export async function loadCoursePage(slug: string) {
  const page = await cachedCourse(slug);
  if (!page) return null;
  const { course } = page;
  const revive = (d: Date | string | null) => (d === null ? null : new Date(d));
  return {
    ...page,
    course: { ...course, publishedAt: revive(course.publishedAt), createdAt: new Date(course.createdAt), updatedAt: new Date(course.updatedAt) },
  };
}

export function invalidateCatalog(): void {
  revalidateTag(CATALOG_TAG, { expire: 0 });
}
