import { eq } from "drizzle-orm";
import type { Db } from "@/db";
import { achievements, courseSkills, courses, skills, type AchievementAlignment } from "@/db/schema";
import type { DbOrTx } from "@/lib/audit/record-audit";

/**
 * Every course has an achievement. A provider who never opened the editor gets a
 * default one from the course: its title and summary, completion criteria, and the
 * course's skills as alignments (with their ESCO / O*NET codes when known).
 */
export async function ensureAchievement(db: DbOrTx | Db, courseId: string, appUrl: string) {
  const [existing] = await db.select().from(achievements).where(eq(achievements.courseId, courseId)).limit(1);
  if (existing) return existing;
  const [course] = await db.select({ title: courses.title, summary: courses.summary }).from(courses).where(eq(courses.id, courseId)).limit(1);
  if (!course) throw new Error(`Course ${courseId} not found`);
  const courseSkillRows = await db
    .select({ name: skills.name, slug: skills.slug, framework: skills.framework, code: skills.code })
    .from(courseSkills)
    .innerJoin(skills, eq(skills.id, courseSkills.skillId))
    .where(eq(courseSkills.courseId, courseId))
    .orderBy(skills.name);
  const alignments: AchievementAlignment[] = courseSkillRows.map((s) => ({
    targetName: s.name,
    targetUrl: skillUrl(s, appUrl),
    ...(s.framework ? { targetFramework: s.framework } : {}),
    ...(s.code ? { targetCode: s.code } : {}),
  }));
  await db
    .insert(achievements)
    .values({
      courseId,
      name: course.title,
      description: course.summary || `Completed the course ${course.title}.`,
      criteria: `Completed every lesson and passed every quiz of the course **${course.title}**.`,
      alignments,
    })
    .onConflictDoNothing({ target: achievements.courseId });
  const [row] = await db.select().from(achievements).where(eq(achievements.courseId, courseId)).limit(1);
  return row!;
}

// ESCO skills have public URIs; other skills point at our skill page.
function skillUrl(s: { slug: string; code: string | null }, appUrl: string): string {
  if (s.code && /^https?:\/\//.test(s.code)) return s.code;
  return `${appUrl}/skills/${s.slug}`;
}
