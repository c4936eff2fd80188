import type { CourseDetail } from "@/lib/catalog/get-course";
import type { CourseCard } from "@/lib/catalog/course-card";
import { formatPrice } from "@/lib/catalog/format";

// The public JSON shapes (documented in docs/API.md). Explicit mapping, so a new
// database column never leaks into the API by accident.
export function courseSummaryJson(c: CourseCard, appUrl: string) {
  return {
    id: c.id,
    slug: c.slug,
    url: `${appUrl}/courses/${c.slug}`,
    title: c.title,
    summary: c.summary,
    provider: { slug: c.providerSlug, name: c.providerName },
    skills: c.skills,
    level: c.level,
    language: c.language,
    durationMinutes: c.durationMinutes,
    price: { amount: c.priceAmount, currency: c.currency, formatted: formatPrice(c.priceAmount, c.currency) },
    rating: { average: c.ratingAverage, count: c.ratingCount },
    publishedAt: c.publishedAt,
  };
}

export function courseDetailJson(c: CourseDetail, appUrl: string) {
  return {
    id: c.id,
    slug: c.slug,
    url: `${appUrl}/courses/${c.slug}`,
    title: c.title,
    summary: c.summary,
    descriptionMarkdown: c.description,
    provider: { slug: c.provider.slug, name: c.provider.name, url: c.provider.url },
    skills: c.skills,
    level: c.level,
    language: c.language,
    durationMinutes: c.durationMinutes,
    price: { amount: c.priceAmount, currency: c.currency, formatted: formatPrice(c.priceAmount, c.currency) },
    rating: { average: c.ratingAverage, count: c.ratingCount },
    outcomes: c.outcomes,
    requirements: c.requirements,
    syllabus: c.syllabus.map((m) => ({
      title: m.title,
      lessons: m.lessons.map((l) => ({ title: l.title, durationMinutes: l.durationMinutes, preview: l.isPreview })),
    })),
    publishedAt: c.publishedAt?.toISOString() ?? null,
  };
}
