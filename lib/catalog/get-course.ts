import { and, asc, eq, inArray } from "drizzle-orm";
import type { Db } from "@/db";
import { courseSkills, courses, lessons, modules, providers, skills } from "@/db/schema";

export type CourseDetail = NonNullable<Awaited<ReturnType<typeof getPublishedCourse>>>;

// A course as the public sees it: only when published by an approved provider.
// The syllabus carries titles and durations, never lesson bodies.
export async function getPublishedCourse(db: Db, slug: string) {
  const [row] = await db
    .select({
      course: courses,
      provider: {
        id: providers.id,
        slug: providers.slug,
        name: providers.name,
        url: providers.url,
        description: providers.description,
      },
    })
    .from(courses)
    .innerJoin(providers, eq(providers.id, courses.providerId))
    .where(and(eq(courses.slug, slug), eq(courses.status, "published"), eq(providers.status, "approved")))
    .limit(1);
  if (!row) return null;

  const [skillRows, moduleRows] = await Promise.all([
    db
      .select({ slug: skills.slug, name: skills.name })
      .from(courseSkills)
      .innerJoin(skills, eq(skills.id, courseSkills.skillId))
      .where(eq(courseSkills.courseId, row.course.id))
      .orderBy(skills.name),
    db
      .select({ id: modules.id, title: modules.title, position: modules.position })
      .from(modules)
      .where(eq(modules.courseId, row.course.id))
      .orderBy(asc(modules.position)),
  ]);
  const lessonRows =
    moduleRows.length === 0
      ? []
      : await db
          .select({
            id: lessons.id,
            moduleId: lessons.moduleId,
            title: lessons.title,
            position: lessons.position,
            isPreview: lessons.isPreview,
            durationMinutes: lessons.durationMinutes,
            hasVideo: lessons.videoUrl,
          })
          .from(lessons)
          .where(inArray(lessons.moduleId, moduleRows.map((m) => m.id)))
          .orderBy(asc(lessons.position));

  const syllabus = moduleRows.map((m) => ({
    ...m,
    lessons: lessonRows
      .filter((l) => l.moduleId === m.id)
      .map((l) => ({ id: l.id, title: l.title, isPreview: l.isPreview, durationMinutes: l.durationMinutes, hasVideo: l.hasVideo !== null })),
  }));
  return { ...row.course, provider: row.provider, skills: skillRows, syllabus };
}
