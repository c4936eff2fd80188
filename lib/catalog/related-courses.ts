import { and, count, desc, eq, inArray, ne } from "drizzle-orm";
import type { Db } from "@/db";
import { courseSkills, courses, providers } from "@/db/schema";
import { attachSkills, courseCardColumns, type CourseCard } from "./course-card";

/** Published courses sharing the most skills with this one. */
export async function listRelatedCourses(db: Db, input: { courseId: string; limit?: number }): Promise<CourseCard[]> {
  const own = db.select({ skillId: courseSkills.skillId }).from(courseSkills).where(eq(courseSkills.courseId, input.courseId));
  const shared = count(courseSkills.skillId);
  const rows = await db
    .select({ ...courseCardColumns, shared })
    .from(courseSkills)
    .innerJoin(courses, eq(courses.id, courseSkills.courseId))
    .innerJoin(providers, eq(providers.id, courses.providerId))
    .where(and(inArray(courseSkills.skillId, own), ne(courses.id, input.courseId), eq(courses.status, "published"), eq(providers.status, "approved")))
    .groupBy(courses.id, providers.id)
    .orderBy(desc(shared), desc(courses.publishedAt), desc(courses.id))
    .limit(input.limit ?? 3);
  return attachSkills(db, rows.map(({ shared: _shared, ...card }) => card));
}
