import Link from "next/link";
import type { CourseCard as CourseCardData } from "@/lib/catalog/course-card";
import { formatDuration, formatLanguage, formatPrice, levelLabel } from "@/lib/catalog/format";
import { Badge } from "./ui/badge";
import { Card } from "./ui/card";

export function CourseCard({ course }: { course: CourseCardData }) {
  return (
    <Card className="group relative flex h-full flex-col p-5 transition-shadow hover:shadow-md">
      <p className="text-xs font-medium uppercase tracking-wide text-slate-600">{course.providerName}</p>
      <h3 className="mt-1 text-base font-semibold text-slate-900">
        {/* The stretched link makes the whole card clickable while keeping one link per card. */}
        <Link href={`/courses/${course.slug}`} className="after:absolute after:inset-0 focus-visible:outline-none group-focus-within:underline">
          {course.title}
        </Link>
      </h3>
      <p className="mt-2 line-clamp-3 text-sm text-slate-600">{course.summary}</p>
      <div className="mt-3 flex flex-wrap gap-1.5">
        {course.skills.slice(0, 3).map((s) => (
          <Badge key={s.slug} tone="brand">
            {s.name}
          </Badge>
        ))}
      </div>
      <dl className="mt-auto flex flex-wrap items-center gap-x-3 gap-y-1 pt-4 text-xs text-slate-600">
        <dt className="sr-only">Level</dt>
        <dd>{levelLabel[course.level]}</dd>
        <dt className="sr-only">Duration</dt>
        <dd>{formatDuration(course.durationMinutes)}</dd>
        <dt className="sr-only">Language</dt>
        <dd>{formatLanguage(course.language)}</dd>
        <dt className="sr-only">Price</dt>
        <dd className="ml-auto text-sm font-semibold text-slate-900">{formatPrice(course.priceAmount, course.currency)}</dd>
      </dl>
    </Card>
  );
}

export function CourseGrid({ courses }: { courses: CourseCardData[] }) {
  return (
    <ul className="grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
      {courses.map((c) => (
        <li key={c.id}>
          <CourseCard course={c} />
        </li>
      ))}
    </ul>
  );
}
