import { and, asc, desc, eq, gt, lt, max } from "drizzle-orm";
import { z } from "zod";
import type { Db } from "@/db";
import { courses, lessons, modules, quizzes } from "@/db/schema";
import type { SessionUser } from "@/lib/auth/load-session-user";
import type { DbOrTx } from "@/lib/audit/record-audit";
import { getManagedCourse, getManagedLesson, getManagedModule } from "./get-managed-course";

// Modules and lessons. Positions are unique per parent (a DB constraint), so a move is
// a swap with the neighbour inside one transaction, through a temporary negative
// position; the parent row is locked first so two moves never interleave.

export const moduleTitleSchema = z.object({ title: z.string().trim().min(2, "must be at least 2 characters").max(120, "must be at most 120 characters") });

const videoUrl = z
  .string()
  .trim()
  .max(500)
  .refine((v) => v === "" || /^https:\/\/\S+$/.test(v), "must be an https:// address")
  .transform((v) => (v === "" ? null : v));

export const lessonFormSchema = z.object({
  title: z.string().trim().min(2, "must be at least 2 characters").max(120, "must be at most 120 characters"),
  body: z.string().max(50_000, "must be at most 50,000 characters").default(""),
  videoUrl: videoUrl.default(""),
  isPreview: z
    .union([z.literal("on"), z.literal("true"), z.literal("")])
    .optional()
    .transform((v) => v === "on" || v === "true"),
  durationMinutes: z.coerce.number({ message: "must be a number" }).int("must be whole minutes").min(1, "must be at least 1 minute").max(1000, "is too long").default(5),
});
export type LessonFormValues = z.output<typeof lessonFormSchema>;

export type Direction = "up" | "down";

function assertEditable(status: string) {
  if (status === "in_review") throw new EditLockedError();
}

export class EditLockedError extends Error {
  constructor() {
    super("The course is in review. Wait for the decision before changing it.");
    this.name = "EditLockedError";
  }
}

async function lockCourse(tx: DbOrTx, courseId: string) {
  await tx.select({ id: courses.id }).from(courses).where(eq(courses.id, courseId)).for("update");
}

export async function addModule(db: Db, input: { actor: SessionUser | null; courseId: string; title: string }) {
  const course = await getManagedCourse(db, input.actor, input.courseId);
  assertEditable(course.status);
  return db.transaction(async (tx) => {
    await lockCourse(tx, course.id);
    const [{ top }] = (await tx.select({ top: max(modules.position) }).from(modules).where(eq(modules.courseId, course.id))) as [{ top: number | null }];
    const [row] = await tx.insert(modules).values({ courseId: course.id, title: input.title, position: (top ?? 0) + 1 }).returning();
    return row!;
  });
}

export async function renameModule(db: Db, input: { actor: SessionUser | null; moduleId: string; title: string }) {
  const { module, course } = await getManagedModule(db, input.actor, input.moduleId);
  assertEditable(course.status);
  await db.update(modules).set({ title: input.title }).where(eq(modules.id, module.id));
}

/** Deleting a module deletes its lessons and quiz (cascade). Learners' progress on them goes too. */
export async function deleteModule(db: Db, input: { actor: SessionUser | null; moduleId: string }) {
  const { module, course } = await getManagedModule(db, input.actor, input.moduleId);
  assertEditable(course.status);
  await db.delete(modules).where(eq(modules.id, module.id));
}

export async function moveModule(db: Db, input: { actor: SessionUser | null; moduleId: string; direction: Direction }): Promise<boolean> {
  const { module, course } = await getManagedModule(db, input.actor, input.moduleId);
  assertEditable(course.status);
  return db.transaction(async (tx) => {
    await lockCourse(tx, course.id);
    const [current] = await tx.select().from(modules).where(eq(modules.id, module.id));
    if (!current) return false;
    const [neighbour] = await tx
      .select()
      .from(modules)
      .where(and(eq(modules.courseId, course.id), input.direction === "up" ? lt(modules.position, current.position) : gt(modules.position, current.position)))
      .orderBy(input.direction === "up" ? desc(modules.position) : asc(modules.position))
      .limit(1);
    if (!neighbour) return false;
    await tx.update(modules).set({ position: -1 }).where(eq(modules.id, current.id));
    await tx.update(modules).set({ position: current.position }).where(eq(modules.id, neighbour.id));
    await tx.update(modules).set({ position: neighbour.position }).where(eq(modules.id, current.id));
    return true;
  });
}

export async function addLesson(db: Db, input: { actor: SessionUser | null; moduleId: string; title: string }) {
  const { module, course } = await getManagedModule(db, input.actor, input.moduleId);
  assertEditable(course.status);
  return db.transaction(async (tx) => {
    await lockCourse(tx, course.id);
    const [{ top }] = (await tx.select({ top: max(lessons.position) }).from(lessons).where(eq(lessons.moduleId, module.id))) as [{ top: number | null }];
    const [row] = await tx.insert(lessons).values({ moduleId: module.id, title: input.title, position: (top ?? 0) + 1 }).returning();
    return row!;
  });
}

export async function updateLesson(db: Db, input: { actor: SessionUser | null; lessonId: string; values: LessonFormValues }) {
  const { lesson, course } = await getManagedLesson(db, input.actor, input.lessonId);
  assertEditable(course.status);
  const [row] = await db.update(lessons).set(input.values).where(eq(lessons.id, lesson.id)).returning();
  return row!;
}

export async function deleteLesson(db: Db, input: { actor: SessionUser | null; lessonId: string }) {
  const { lesson, course } = await getManagedLesson(db, input.actor, input.lessonId);
  assertEditable(course.status);
  await db.delete(lessons).where(eq(lessons.id, lesson.id));
}

export async function moveLesson(db: Db, input: { actor: SessionUser | null; lessonId: string; direction: Direction }): Promise<boolean> {
  const { lesson, course } = await getManagedLesson(db, input.actor, input.lessonId);
  assertEditable(course.status);
  return db.transaction(async (tx) => {
    await lockCourse(tx, course.id);
    const [current] = await tx.select().from(lessons).where(eq(lessons.id, lesson.id));
    if (!current) return false;
    const [neighbour] = await tx
      .select()
      .from(lessons)
      .where(and(eq(lessons.moduleId, current.moduleId), input.direction === "up" ? lt(lessons.position, current.position) : gt(lessons.position, current.position)))
      .orderBy(input.direction === "up" ? desc(lessons.position) : asc(lessons.position))
      .limit(1);
    if (!neighbour) return false;
    await tx.update(lessons).set({ position: -1 }).where(eq(lessons.id, current.id));
    await tx.update(lessons).set({ position: current.position }).where(eq(lessons.id, neighbour.id));
    await tx.update(lessons).set({ position: neighbour.position }).where(eq(lessons.id, current.id));
    return true;
  });
}

/**
 * Puts a module's lessons in the given order (drag and drop). The ids must be exactly
 * the module's lessons — a stale page (a lesson added or removed meanwhile) is refused
 * rather than half applied. Positions go negative first so the unique
 * (module, position) rule holds at every step of the transaction.
 */
export async function reorderLessons(db: Db, input: { actor: SessionUser | null; moduleId: string; lessonIds: string[] }): Promise<boolean> {
  const { module, course } = await getManagedModule(db, input.actor, input.moduleId);
  assertEditable(course.status);
  return db.transaction(async (tx) => {
    await lockCourse(tx, course.id);
    const current = await tx.select({ id: lessons.id }).from(lessons).where(eq(lessons.moduleId, module.id));
    const known = new Set(current.map((l) => l.id));
    if (input.lessonIds.length !== known.size || new Set(input.lessonIds).size !== known.size || input.lessonIds.some((id) => !known.has(id))) {
      throw new OutlineChangedError();
    }
    for (const [i, id] of input.lessonIds.entries()) await tx.update(lessons).set({ position: -(i + 1) }).where(eq(lessons.id, id));
    for (const [i, id] of input.lessonIds.entries()) await tx.update(lessons).set({ position: i + 1 }).where(eq(lessons.id, id));
    return true;
  });
}

export class OutlineChangedError extends Error {
  constructor() {
    super("The lessons changed since this page was loaded. Reload and try again.");
    this.name = "OutlineChangedError";
  }
}

/** The editor's outline: modules in order, each with its lessons and quiz id. */
export async function getCourseOutlineForEditor(db: Db, input: { actor: SessionUser | null; courseId: string }) {
  const course = await getManagedCourse(db, input.actor, input.courseId);
  const mods = await db.select().from(modules).where(eq(modules.courseId, course.id)).orderBy(asc(modules.position));
  const less = mods.length
    ? await db
        .select({ id: lessons.id, moduleId: lessons.moduleId, title: lessons.title, position: lessons.position, isPreview: lessons.isPreview })
        .from(lessons)
        .innerJoin(modules, eq(modules.id, lessons.moduleId))
        .where(eq(modules.courseId, course.id))
        .orderBy(asc(lessons.position))
    : [];
  const qs = mods.length
    ? await db.select({ id: quizzes.id, moduleId: quizzes.moduleId }).from(quizzes).innerJoin(modules, eq(modules.id, quizzes.moduleId)).where(eq(modules.courseId, course.id))
    : [];
  return {
    course,
    modules: mods.map((m) => ({ ...m, lessons: less.filter((l) => l.moduleId === m.id), quizId: qs.find((q) => q.moduleId === m.id)?.id ?? null })),
  };
}
