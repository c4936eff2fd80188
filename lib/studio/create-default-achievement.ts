import { eq } from "drizzle-orm";
import type { Db } from "@/db";
import { achievements, providers } from "@/db/schema";
import type { SessionUser } from "@/lib/auth/load-session-user";
import { recordAudit } from "@/lib/audit/record-audit";
import { EditLockedError } from "./course-outline";
import { getManagedCourse } from "./get-managed-course";

/**
 * One click from the submit checklist: a standard certificate of completion for the
 * course, which the achievement editor can refine later. Does nothing when the course
 * has an achievement already (course_id is unique).
 */
export async function createDefaultAchievement(db: Db, input: { actor: SessionUser | null; courseId: string }): Promise<{ created: boolean }> {
  const course = await getManagedCourse(db, input.actor, input.courseId);
  if (course.status === "in_review") throw new EditLockedError();
  const [provider] = await db.select({ name: providers.name }).from(providers).where(eq(providers.id, course.providerId));
  return db.transaction(async (tx) => {
    const [row] = await tx
      .insert(achievements)
      .values({
        courseId: course.id,
        name: course.title,
        description: `Completed “${course.title}”, a course by ${provider!.name} on Microcred.`,
        criteria: "Complete every lesson and pass every quiz of the course.",
        achievementType: "CertificateOfCompletion",
      })
      .onConflictDoNothing()
      .returning({ id: achievements.id });
    if (row) await recordAudit(tx, { actorId: input.actor!.id, action: "achievement.create_default", targetType: "course", targetId: course.id, after: { achievementId: row.id } });
    return { created: Boolean(row) };
  });
}
