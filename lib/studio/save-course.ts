import { and, eq, inArray, ne } from "drizzle-orm";
import type { Db } from "@/db";
import { courseSkills, courses, providers, skills, type Course } from "@/db/schema";
import type { SessionUser } from "@/lib/auth/load-session-user";
import { assertCanManageProvider } from "@/lib/auth/policy";
import { checkCoursePriceSellable } from "@/lib/payments/provider-payments";
import { recordAudit, type DbOrTx } from "@/lib/audit/record-audit";
import { slugifyTitle, isUniqueViolation, type CourseFormValues } from "./course-input";
import { getManagedCourse } from "./get-managed-course";

export type SaveCourseResult = { ok: true; course: Course } | { ok: false; field?: string; message: string };

type Values = CourseFormValues & { coverImageKey?: string | null };

async function slugTaken(db: DbOrTx, slug: string, exceptId?: string) {
  const [row] = await db
    .select({ id: courses.id })
    .from(courses)
    .where(and(eq(courses.slug, slug), exceptId ? ne(courses.id, exceptId) : undefined));
  return Boolean(row);
}

// Skills: the picked ids that exist, plus a proposed new one (created if its name is
// new, reused if the taxonomy has it already). skills_text and skill_ids follow by
// trigger (migration 0016).
async function applySkills(tx: DbOrTx, courseId: string, values: Values) {
  const ids = new Set<string>();
  if (values.skillIds.length) {
    for (const s of await tx.select({ id: skills.id }).from(skills).where(inArray(skills.id, values.skillIds))) ids.add(s.id);
  }
  if (values.newSkill) {
    const slug = slugifyTitle(values.newSkill) || "skill";
    await tx.insert(skills).values({ name: values.newSkill, slug }).onConflictDoNothing();
    const [existing] = await tx.select({ id: skills.id }).from(skills).where(eq(skills.slug, slug));
    if (existing) ids.add(existing.id);
  }
  await tx.delete(courseSkills).where(eq(courseSkills.courseId, courseId));
  if (ids.size) await tx.insert(courseSkills).values([...ids].map((skillId) => ({ courseId, skillId })));
}

function columns(values: Values) {
  return {
    title: values.title,
    slug: values.slug,
    summary: values.summary,
    description: values.description,
    level: values.level,
    language: values.language,
    durationMinutes: values.durationMinutes,
    priceAmount: values.priceAmount,
    currency: values.currency,
    ...(values.coverImageKey !== undefined ? { coverImageKey: values.coverImageKey } : {}),
  };
}

/** A new draft course of the provider; the slug must be free. */
export async function createCourse(db: Db, input: { actor: SessionUser | null; providerId: string; values: Values }): Promise<SaveCourseResult> {
  assertCanManageProvider(input.actor, input.providerId);
  if (await slugTaken(db, input.values.slug)) return { ok: false, field: "slug", message: "is already used by another course" };
  try {
    const course = await db.transaction(async (tx) => {
      const [row] = await tx.insert(courses).values({ providerId: input.providerId, status: "draft", ...columns(input.values) }).returning();
      await applySkills(tx, row!.id, input.values);
      await recordAudit(tx, { actorId: input.actor!.id, action: "course.create", targetType: "course", targetId: row!.id, after: { title: row!.title, slug: row!.slug } });
      return row!;
    });
    return { ok: true, course };
  } catch (error) {
    if (isUniqueViolation(error)) return { ok: false, field: "slug", message: "is already used by another course" };
    throw error;
  }
}

/**
 * Saves the course details. While a course is in review its content is frozen (the
 * admin is looking at it); a paid price on a published course must stay sellable.
 */
export async function updateCourse(db: Db, input: { actor: SessionUser | null; courseId: string; values: Values }): Promise<SaveCourseResult> {
  const before = await getManagedCourse(db, input.actor, input.courseId);
  if (before.status === "in_review") return { ok: false, message: "The course is in review. Wait for the decision before changing it." };
  if (await slugTaken(db, input.values.slug, before.id)) return { ok: false, field: "slug", message: "is already used by another course" };
  if (before.status === "published") {
    const [provider] = await db.select().from(providers).where(eq(providers.id, before.providerId));
    const sellable = checkCoursePriceSellable(input.values, provider!);
    if (!sellable.ok) return { ok: false, field: "price", message: sellable.reason };
  }
  try {
    const course = await db.transaction(async (tx) => {
      const [row] = await tx.update(courses).set(columns(input.values)).where(eq(courses.id, before.id)).returning();
      await applySkills(tx, before.id, input.values);
      if (before.priceAmount !== row!.priceAmount || before.currency !== row!.currency) {
        await recordAudit(tx, {
          actorId: input.actor!.id,
          action: "course.price_change",
          targetType: "course",
          targetId: before.id,
          before: { priceAmount: before.priceAmount, currency: before.currency },
          after: { priceAmount: row!.priceAmount, currency: row!.currency },
        });
      }
      return row!;
    });
    return { ok: true, course };
  } catch (error) {
    if (isUniqueViolation(error)) return { ok: false, field: "slug", message: "is already used by another course" };
    throw error;
  }
}

export async function listSkillOptions(db: Db) {
  return db.select({ id: skills.id, name: skills.name }).from(skills).orderBy(skills.name);
}

export async function getCourseSkillIds(db: Db, courseId: string): Promise<string[]> {
  return (await db.select({ id: courseSkills.skillId }).from(courseSkills).where(eq(courseSkills.courseId, courseId))).map((r) => r.id);
}
