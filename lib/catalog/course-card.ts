import { eq, inArray } from "drizzle-orm";
import type { Db } from "@/db";
import { courseSkills, courses, providers, skills } from "@/db/schema";

// What a course looks like in any list: enough for a card, nothing more.
export const courseCardColumns = {
  id: courses.id,
  slug: courses.slug,
  title: courses.title,
  summary: courses.summary,
  level: courses.level,
  language: courses.language,
  durationMinutes: courses.durationMinutes,
  priceAmount: courses.priceAmount,
  currency: courses.currency,
  publishedAt: courses.publishedAt,
  providerName: providers.name,
  providerSlug: providers.slug,
  ratingAverage: courses.ratingAverage,
  ratingCount: courses.ratingCount,
};

export type CourseCardRow = {
  id: string;
  slug: string;
  title: string;
  summary: string;
  level: "beginner" | "intermediate" | "advanced";
  language: string;
  durationMinutes: number;
  priceAmount: number;
  currency: string;
  publishedAt: Date | null;
  providerName: string;
  providerSlug: string;
  ratingAverage: number | null;
  ratingCount: number;
};

// JSON-safe (dates as ISO strings) so a page of cards can sit in a cache.
export type CourseCard = Omit<CourseCardRow, "publishedAt"> & { publishedAt: string | null; skills: { slug: string; name: string }[] };

// One query for the skills of a whole page of courses, instead of one per card.
export async function attachSkills(db: Db, rows: CourseCardRow[]): Promise<CourseCard[]> {
  if (rows.length === 0) return [];
  const links = await db
    .select({ courseId: courseSkills.courseId, slug: skills.slug, name: skills.name })
    .from(courseSkills)
    .innerJoin(skills, eq(skills.id, courseSkills.skillId))
    .where(inArray(courseSkills.courseId, rows.map((r) => r.id)))
    .orderBy(skills.name);
  const byCourse = new Map<string, { slug: string; name: string }[]>();
  for (const link of links) {
    const list = byCourse.get(link.courseId) ?? [];
    list.push({ slug: link.slug, name: link.name });
    byCourse.set(link.courseId, list);
  }
  return rows.map((r) => ({ ...r, publishedAt: r.publishedAt?.toISOString() ?? null, skills: byCourse.get(r.id) ?? [] }));
}
