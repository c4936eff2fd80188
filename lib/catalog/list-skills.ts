import { and, count, desc, eq } from "drizzle-orm";
import type { Db } from "@/db";
import { courseSkills, courses, providers, skills } from "@/db/schema";

export type SkillWithCount = { slug: string; name: string; description: string; courseCount: number };

// Skills that have at least one course in the catalog, most courses first.
export async function listSkillsWithCounts(db: Db): Promise<SkillWithCount[]> {
  const courseCount = count(courses.id);
  return db
    .select({ slug: skills.slug, name: skills.name, description: skills.description, courseCount })
    .from(skills)
    .innerJoin(courseSkills, eq(courseSkills.skillId, skills.id))
    .innerJoin(courses, and(eq(courses.id, courseSkills.courseId), eq(courses.status, "published")))
    .innerJoin(providers, and(eq(providers.id, courses.providerId), eq(providers.status, "approved")))
    .groupBy(skills.id)
    .orderBy(desc(courseCount), skills.name);
}

export async function getSkill(db: Db, slug: string) {
  const [skill] = await db.select().from(skills).where(eq(skills.slug, slug)).limit(1);
  return skill ?? null;
}
