import { and, eq } from "drizzle-orm";
import { z } from "zod";
import type { Db } from "@/db";
import { achievements, achievementTypes, courses } from "@/db/schema";
import { recordAudit } from "@/lib/audit/record-audit";
import type { SessionUser } from "@/lib/auth/load-session-user";
import { assertCanManageProvider } from "@/lib/auth/policy";
import { ensureAchievement } from "./ensure-achievement";

const httpUrl = z.url({ protocol: /^https?$/, message: "must be an http(s) URL" });

export const alignmentSchema = z.object({
  targetName: z.string().trim().min(1, "Skill name is required").max(200),
  targetUrl: httpUrl,
  targetFramework: z.string().trim().max(100).optional(),
  targetCode: z.string().trim().max(100).optional(),
});

export const achievementInputSchema = z.object({
  name: z.string().trim().min(3, "Name must be at least 3 characters").max(200, "Name must be at most 200 characters"),
  description: z.string().trim().min(10, "Describe the achievement in at least 10 characters").max(2000, "Keep the description under 2,000 characters"),
  criteria: z.string().trim().min(10, "Criteria must be at least 10 characters").max(10_000, "Keep the criteria under 10,000 characters"),
  achievementType: z.enum(achievementTypes, { message: "Choose a type from the list" }),
  validityDays: z.number().int().min(1, "Validity must be at least 1 day").max(36_500, "Validity must be at most 100 years").nullable(),
  alignments: z.array(alignmentSchema).max(20, "At most 20 skills"),
});

export type AchievementInput = z.infer<typeof achievementInputSchema>;

/** The course's achievement for its editor (created from the course on first visit). */
export async function getAchievementForEditor(db: Db, input: { actor: SessionUser; providerId: string; courseId: string; appUrl: string }) {
  assertCanManageProvider(input.actor, input.providerId);
  const [course] = await db
    .select({ id: courses.id, title: courses.title })
    .from(courses)
    .where(and(eq(courses.id, input.courseId), eq(courses.providerId, input.providerId)))
    .limit(1);
  if (!course) return null;
  return { course, achievement: await ensureAchievement(db, course.id, input.appUrl) };
}

/**
 * Saves the provider's edits. Credentials already issued keep what they were signed
 * with; only credentials issued from now on carry the new text.
 */
export async function updateAchievement(
  db: Db,
  input: {
    actor: SessionUser;
    providerId: string;
    courseId: string;
    appUrl: string;
    values: AchievementInput;
    /** an upload key (lib/uploads) for a new image, null to go back to the generated badge, absent to keep it */
    imagePath?: string | null;
  },
) {
  const loaded = await getAchievementForEditor(db, input);
  if (!loaded) return { ok: false as const };
  const values = achievementInputSchema.parse(input.values);
  const alignments = values.alignments.map((a) => ({
    targetName: a.targetName,
    targetUrl: a.targetUrl,
    ...(a.targetFramework ? { targetFramework: a.targetFramework } : {}),
    ...(a.targetCode ? { targetCode: a.targetCode } : {}),
  }));
  await db.transaction(async (tx) => {
    await tx
      .update(achievements)
      .set({
        name: values.name,
        description: values.description,
        criteria: values.criteria,
        achievementType: values.achievementType,
        validityDays: values.validityDays,
        alignments,
        ...(input.imagePath !== undefined ? { imagePath: input.imagePath } : {}),
      })
      .where(eq(achievements.id, loaded.achievement.id));
    await recordAudit(tx, {
      actorId: input.actor.id,
      action: "achievement.update",
      targetType: "achievement",
      targetId: loaded.achievement.id,
      before: { name: loaded.achievement.name, achievementType: loaded.achievement.achievementType, validityDays: loaded.achievement.validityDays, alignments: loaded.achievement.alignments.length, imagePath: loaded.achievement.imagePath },
      after: {
        name: values.name,
        achievementType: values.achievementType,
        validityDays: values.validityDays,
        alignments: alignments.length,
        imagePath: input.imagePath === undefined ? loaded.achievement.imagePath : input.imagePath,
      },
    });
  });
  return { ok: true as const };
}

/** The editor's form → input: rows of alignment fields, blank rows and ticked "remove" rows dropped. */
export function achievementFormToInput(form: FormData) {
  const text = (key: string) => {
    const v = form.get(key);
    return typeof v === "string" ? v : "";
  };
  const alignments: Record<string, string>[] = [];
  for (let i = 0; i < 21; i++) {
    const row = { targetName: text(`alignment.${i}.name`).trim(), targetUrl: text(`alignment.${i}.url`).trim(), targetFramework: text(`alignment.${i}.framework`).trim(), targetCode: text(`alignment.${i}.code`).trim() };
    if (form.get(`alignment.${i}.remove`) === "on") continue;
    if (!row.targetName && !row.targetUrl && !row.targetFramework && !row.targetCode) continue;
    alignments.push(Object.fromEntries(Object.entries(row).filter(([, v]) => v !== "")));
  }
  const validity = text("validityDays").trim();
  return {
    name: text("name"),
    description: text("description"),
    criteria: text("criteria"),
    achievementType: text("achievementType"),
    validityDays: validity === "" ? null : Number(validity),
    alignments,
  };
}
