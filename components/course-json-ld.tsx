import { toMajorUnits } from "@/lib/catalog/format";
import type { CourseDetail } from "@/lib/catalog/get-course";

// schema.org Course for search engines. JSON.stringify escapes quotes; "<" is
// escaped too so no provider text can close the script element.
export function CourseJsonLd({ course, appUrl }: { course: CourseDetail; appUrl: string }) {
  const data = {
    "@context": "https://schema.org",
    "@type": "Course",
    name: course.title,
    description: course.summary,
    url: `${appUrl}/courses/${course.slug}`,
    inLanguage: course.language,
    educationalLevel: course.level,
    timeRequired: `PT${course.durationMinutes}M`,
    about: course.skills.map((s) => s.name),
    teaches: course.outcomes,
    provider: { "@type": "Organization", name: course.provider.name, sameAs: course.provider.url ?? undefined, url: `${appUrl}/providers/${course.provider.slug}` },
    offers: {
      "@type": "Offer",
      category: course.priceAmount === 0 ? "Free" : "Paid",
      price: toMajorUnits(course.priceAmount, course.currency),
      priceCurrency: course.currency,
    },
    hasCourseInstance: { "@type": "CourseInstance", courseMode: "online", courseWorkload: `PT${course.durationMinutes}M` },
    ...(course.ratingCount > 0 && course.ratingAverage !== null
      ? { aggregateRating: { "@type": "AggregateRating", ratingValue: course.ratingAverage, ratingCount: course.ratingCount } }
      : {}),
  };
  return <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: JSON.stringify(data).replace(/</g, "\\u003c") }} />;
}
