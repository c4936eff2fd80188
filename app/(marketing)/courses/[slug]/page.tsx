import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { cache } from "react";
import { Markdown } from "@/components/markdown";
import { ShareButton } from "@/components/share-button";
import { CourseGrid } from "@/components/course-card";
import { CourseJsonLd } from "@/components/course-json-ld";
import { CourseReviews } from "@/components/reviews/course-reviews";
import { EnrollPanel } from "@/components/course/enroll-panel";
import { Syllabus } from "@/components/syllabus";
import { Badge } from "@/components/ui/badge";
import { Card } from "@/components/ui/card";
import { env } from "@/lib/config/env";
import { formatDuration, formatLanguage, formatPrice, levelLabel } from "@/lib/catalog/format";
import { loadCoursePage } from "@/lib/catalog/cached-search";
import { uploadUrl } from "@/lib/uploads/store-image-upload";

// Rendered on first request, then served from the full-route cache until the
// catalog tag is invalidated (or after 5 minutes): course pages are the same for all.
export const revalidate = 300;
export const dynamicParams = true;
export function generateStaticParams(): { slug: string }[] {
  return []; // nothing at build time: the database is not available to build workers
}

type Props = { params: Promise<{ slug: string }> };

// Metadata and page need the same course; cache() makes it one query per request.
const loadCourse = cache(async (slug: string) => loadCoursePage(slug));

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const course = (await loadCourse((await params).slug))?.course;
  if (!course) return { title: "Course not found" };
  return {
    title: course.title,
    description: course.summary,
    alternates: { canonical: `/courses/${course.slug}` },
    openGraph: { type: "website", title: course.title, description: course.summary, url: `/courses/${course.slug}`, siteName: "Microcred" },
    twitter: { card: "summary_large_image", title: course.title, description: course.summary },
  };
}

export default async function CoursePage({ params }: Props) {
  const page = await loadCourse((await params).slug);
  if (!page) notFound();
  const { course, related } = page;
  const lessonCount = course.syllabus.reduce((n, m) => n + m.lessons.length, 0);
  const appUrl = env().APP_URL;

  return (
    <>
    <CourseJsonLd course={course} appUrl={appUrl} />
    <article className="grid gap-8 lg:grid-cols-[1fr_20rem]">
      <div className="space-y-8">
        <header className="space-y-3">
          <nav aria-label="Breadcrumb" className="text-sm text-slate-600">
            <Link href="/courses" className="hover:underline">
              Courses
            </Link>
            {course.skills[0] ? (
              <>
                {" / "}
                <Link href={`/skills/${course.skills[0].slug}`} className="hover:underline">
                  {course.skills[0].name}
                </Link>
              </>
            ) : null}
          </nav>
          {course.coverImageKey ? (
            // eslint-disable-next-line @next/next/no-img-element -- the provider's uploaded cover, served by /uploads with a long cache
            <img src={uploadUrl(course.coverImageKey)} alt="" className="aspect-[2/1] w-full rounded-xl border border-slate-200 object-cover" />
          ) : null}
          <h1 className="text-3xl font-bold tracking-tight sm:text-4xl">{course.title}</h1>
          <p className="text-lg text-slate-700">{course.summary}</p>
          <p className="text-sm text-slate-600">
            By{" "}
            <Link href={`/providers/${course.provider.slug}`} className="font-medium text-brand-700 hover:underline">
              {course.provider.name}
            </Link>
          </p>
          <ul aria-label="Skills" className="flex flex-wrap gap-2">
            {course.skills.map((s) => (
              <li key={s.slug}>
                <Link href={`/skills/${s.slug}`}>
                  <Badge tone="brand" className="hover:bg-brand-100">
                    {s.name}
                  </Badge>
                </Link>
              </li>
            ))}
          </ul>
        </header>

        {course.outcomes.length > 0 ? (
          <section aria-labelledby="outcomes-heading" className="rounded-xl border border-slate-200 bg-white p-6">
            <h2 id="outcomes-heading" className="text-xl font-semibold">
              What you&apos;ll learn
            </h2>
            <ul className="mt-3 grid gap-2 sm:grid-cols-2">
              {course.outcomes.map((o) => (
                <li key={o} className="flex gap-2 text-sm text-slate-700">
                  <span aria-hidden className="text-emerald-700">
                    ✓
                  </span>
                  {o}
                </li>
              ))}
            </ul>
          </section>
        ) : null}

        <section aria-labelledby="about-heading">
          <h2 id="about-heading" className="mb-3 text-xl font-semibold">
            About this course
          </h2>
          <Markdown>{course.description}</Markdown>
        </section>

        {course.requirements.length > 0 ? (
          <section aria-labelledby="requirements-heading">
            <h2 id="requirements-heading" className="mb-3 text-xl font-semibold">
              Requirements
            </h2>
            <ul className="list-disc space-y-1 pl-5 text-sm text-slate-700">
              {course.requirements.map((r) => (
                <li key={r}>{r}</li>
              ))}
            </ul>
          </section>
        ) : null}

        <section aria-labelledby="syllabus-heading">
          <h2 id="syllabus-heading" className="mb-1 text-xl font-semibold">
            Syllabus
          </h2>
          <p className="mb-4 text-sm text-slate-600">
            {course.syllabus.length} {course.syllabus.length === 1 ? "module" : "modules"} · {lessonCount}{" "}
            {lessonCount === 1 ? "lesson" : "lessons"} · {formatDuration(course.durationMinutes)}
          </p>
          <Syllabus modules={course.syllabus} courseSlug={course.slug} />
        </section>

        <section aria-labelledby="ratings-heading">
          <h2 id="ratings-heading" className="mb-2 text-xl font-semibold">
            Ratings and reviews
          </h2>
          <CourseReviews courseSlug={course.slug} ratingAverage={course.ratingAverage} ratingCount={course.ratingCount} />
        </section>
      </div>

      <aside className="lg:sticky lg:top-6 lg:self-start">
        <Card className="space-y-4 p-6">
          <p className="text-3xl font-bold">{formatPrice(course.priceAmount, course.currency)}</p>
          <EnrollPanel
            courseId={course.id}
            slug={course.slug}
            isFree={course.priceAmount === 0}
            priceLabel={formatPrice(course.priceAmount, course.currency)}
          />
          <dl className="grid grid-cols-2 gap-y-2 text-sm">
            <dt className="text-slate-600">Level</dt>
            <dd className="font-medium">{levelLabel[course.level]}</dd>
            <dt className="text-slate-600">Duration</dt>
            <dd className="font-medium">{formatDuration(course.durationMinutes)}</dd>
            <dt className="text-slate-600">Language</dt>
            <dd className="font-medium">{formatLanguage(course.language)}</dd>
            <dt className="text-slate-600">Credential</dt>
            <dd className="font-medium">Open Badges 3.0</dd>
          </dl>
          <ShareButton url={`${appUrl}/courses/${course.slug}`} title={course.title} />
        </Card>
        <Card className="mt-4 space-y-2 p-6" aria-labelledby="provider-card-heading">
          <p className="text-xs font-medium uppercase tracking-wide text-slate-600">Provider</p>
          <h2 id="provider-card-heading" className="font-semibold">
            <Link href={`/providers/${course.provider.slug}`} className="hover:underline">
              {course.provider.name}
            </Link>
          </h2>
          <p className="line-clamp-4 text-sm text-slate-600">{course.provider.description}</p>
        </Card>
      </aside>
    </article>
    {related.length > 0 ? (
      <section aria-labelledby="related-heading" className="mt-12">
        <h2 id="related-heading" className="mb-4 text-2xl font-bold">
          Related courses
        </h2>
        <CourseGrid courses={related} />
      </section>
    ) : null}
    </>
  );
}
