import { and, count, desc, eq, exists, ilike, or, sql, type SQL } from "drizzle-orm";
import type { Db } from "@/db";
import { courseSkills, courses, providers, skills } from "@/db/schema";
import { attachSkills, courseCardColumns, type CourseCard } from "./course-card";

export type CourseListInput = {
  page: number;
  pageSize: number;
  skillSlug?: string;
  providerSlug?: string;
  q?: string;
};

export type CourseList = { items: CourseCard[]; total: number; page: number; pageCount: number; pageSize: number };

// Published courses from approved providers, newest first. The (published_at, id)
// order is total, so pages never overlap or skip a course.
export async function listCourses(db: Db, input: CourseListInput): Promise<CourseList> {
  const filters: SQL[] = [eq(courses.status, "published"), eq(providers.status, "approved")];
  if (input.providerSlug) filters.push(eq(providers.slug, input.providerSlug));
  if (input.skillSlug) {
    filters.push(
      exists(
        db
          .select({ one: sql`1` })
          .from(courseSkills)
          .innerJoin(skills, eq(skills.id, courseSkills.skillId))
          .where(and(eq(courseSkills.courseId, courses.id), eq(skills.slug, input.skillSlug))),
      ),
    );
  }
  if (input.q) {
    const pattern = `%${input.q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    const match = or(ilike(courses.title, pattern), ilike(courses.summary, pattern));
    if (match) filters.push(match);
  }
  const where = and(...filters);

  const [totals] = await db
    .select({ n: count() })
    .from(courses)
    .innerJoin(providers, eq(providers.id, courses.providerId))
    .where(where);
  const total = totals?.n ?? 0;
  const pageCount = Math.max(1, Math.ceil(total / input.pageSize));
  const page = Math.min(input.page, pageCount);

  const rows = await db
    .select(courseCardColumns)
    .from(courses)
    .innerJoin(providers, eq(providers.id, courses.providerId))
    .where(where)
    .orderBy(desc(courses.publishedAt), desc(courses.id))
    .limit(input.pageSize)
    .offset((page - 1) * input.pageSize);

  return { items: await attachSkills(db, rows), total, page, pageCount, pageSize: input.pageSize };
}
