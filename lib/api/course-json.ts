import type { CourseDetail } from "@/lib/catalog/get-course";
import type { CourseCard } from "@/lib/catalog/course-card";
import { formatPrice } from "@/lib/catalog/format";

// The public JSON shapes (documented in docs/API.md). Explicit mapping, so a new
// database column never leaks into the API by accident.
type CommonFields = Pick<
  CourseCard,
  "id" | "slug" | "title" | "summary" | "skills" | "level" | "language" | "durationMinutes" | "priceAmount" | "currency" | "ratingAverage" | "ratingCount"
>;

function commonCourseJson(c: CommonFields, appUrl: string) {
  return {
    id: c.id,
    slug: c.slug,
    url: `${appUrl}/courses/${c.slug}`,
    title: c.title,
    summary: c.summary,
    skills: c.skills,
    level: c.level,
    language: c.language,
    durationMinutes: c.durationMinutes,
    price: { amount: c.priceAmount, currency: c.currency, formatted: formatPrice(c.priceAmount, c.currency) },
    rating: { average: c.ratingAverage, count: c.ratingCount },
  };
}

export function courseSummaryJson(c: CourseCard, appUrl: string) {
  return {
    ...commonCourseJson(c, appUrl),
    provider: { slug: c.providerSlug, name: c.providerName },
    publishedAt: c.publishedAt,
  };
}

export function courseDetailJson(c: CourseDetail, appUrl: string) {
  return {
    ...commonCourseJson(c, appUrl),
    descriptionMarkdown: c.description,
    provider: { slug: c.provider.slug, name: c.provider.name, url: c.provider.url },
    outcomes: c.outcomes,
    requirements: c.requirements,
    syllabus: c.syllabus.map((m) => ({
      title: m.title,
      lessons: m.lessons.map((l) => ({ title: l.title, durationMinutes: l.durationMinutes, preview: l.isPreview })),
    })),
    publishedAt: c.publishedAt?.toISOString() ?? null,
  };
}
