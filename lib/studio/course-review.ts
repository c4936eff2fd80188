import { and, asc, count, eq } from "drizzle-orm";
import { z } from "zod";
import type { Db } from "@/db";
import { achievements, courses, lessons, modules, providerMembers, providers, users, type Course } from "@/db/schema";
import type { SessionUser } from "@/lib/auth/load-session-user";
import { assertAdmin } from "@/lib/auth/policy";
import { recordAudit } from "@/lib/audit/record-audit";
import { catalogChanged } from "@/lib/catalog/catalog-changed";
import { enqueueMail } from "@/lib/mail/enqueue-mail";
import { checkCoursePriceSellable } from "@/lib/payments/provider-payments";
import { getManagedCourse, NotFoundError } from "./get-managed-course";

// The course lifecycle: draft → in_review → published (approved) or back to draft
// with the admin's reason; published → archived (hidden from the catalog, enrolled
// learners keep access) → published again. Each step is a conditional update on the
// expected status, so a double click or two admins at once change it only once.

export type Check = { key: "lesson" | "achievement" | "price"; ok: boolean; message: string };
export type ReviewResult = { ok: true; course: Course } | { ok: false; message: string; checks?: Check[] };

/** What "submit for review" requires, as a checklist the editor shows too. */
export async function checkSubmittable(db: Db, course: Course): Promise<Check[]> {
  const [[lessonCount], [achievement], [provider]] = await Promise.all([
    db.select({ n: count() }).from(lessons).innerJoin(modules, eq(modules.id, lessons.moduleId)).where(eq(modules.courseId, course.id)),
    db.select({ id: achievements.id }).from(achievements).where(eq(achievements.courseId, course.id)),
    db.select().from(providers).where(eq(providers.id, course.providerId)),
  ]);
  const price = checkCoursePriceSellable(course, provider!);
  return [
    { key: "lesson", ok: (lessonCount?.n ?? 0) > 0, message: "At least one lesson" },
    { key: "achievement", ok: Boolean(achievement), message: "An achievement (the credential learners earn)" },
    { key: "price", ok: price.ok, message: price.ok ? "A price your Stripe account can take" : price.reason },
  ];
}

export async function submitCourseForReview(db: Db, input: { actor: SessionUser | null; courseId: string }): Promise<ReviewResult> {
  const course = await getManagedCourse(db, input.actor, input.courseId);
  if (course.status !== "draft") return { ok: false, message: "Only a draft can be submitted for review." };
  const checks = await checkSubmittable(db, course);
  const failing = checks.filter((c) => !c.ok);
  if (failing.length) return { ok: false, message: `Not ready for review: ${failing.map((c) => c.message.replace(/\.$/, "")).join("; ")}.`, checks };
  const updated = await db.transaction(async (tx) => {
    const [row] = await tx
      .update(courses)
      .set({ status: "in_review", submittedAt: new Date(), reviewNote: null })
      .where(and(eq(courses.id, course.id), eq(courses.status, "draft")))
      .returning();
    if (row) await recordAudit(tx, { actorId: input.actor!.id, action: "course.submit", targetType: "course", targetId: course.id, before: { status: "draft" }, after: { status: "in_review" } });
    return row;
  });
  return updated ? { ok: true, course: updated } : { ok: false, message: "The course is no longer a draft." };
}

export const sendBackSchema = z.object({
  courseId: z.uuid(),
  reason: z.string().trim().min(10, "Say what the provider should change (at least 10 characters).").max(2000, "Keep the reason under 2,000 characters."),
});

async function memberEmails(db: Db, providerId: string): Promise<string[]> {
  const rows = await db.select({ email: users.email }).from(providerMembers).innerJoin(users, eq(users.id, providerMembers.userId)).where(eq(providerMembers.providerId, providerId));
  return rows.map((r) => r.email);
}

// Queued in the decision's transaction: the members hear of exactly the decisions that committed.
async function tellMembers(tx: Db, course: Course, mail: { subject: string; text: string }) {
  for (const to of await memberEmails(tx, course.providerId)) await enqueueMail(tx, { to, ...mail });
}

export async function approveCourse(db: Db, input: { actor: SessionUser | null; courseId: string; appUrl: string }): Promise<ReviewResult> {
  assertAdmin(input.actor);
  const [course] = await db.select().from(courses).where(eq(courses.id, input.courseId));
  if (!course) throw new NotFoundError("The course");
  if (course.status !== "in_review") return { ok: false, message: "Only a course in review can be approved." };
  // The provider's Stripe state may have changed since submission.
  const [provider] = await db.select().from(providers).where(eq(providers.id, course.providerId));
  const price = checkCoursePriceSellable(course, provider!);
  if (!price.ok) return { ok: false, message: `Cannot publish: ${price.reason}` };
  const updated = await db.transaction(async (tx) => {
    const [row] = await tx
      .update(courses)
      .set({ status: "published", publishedAt: course.publishedAt ?? new Date(), reviewNote: null })
      .where(and(eq(courses.id, course.id), eq(courses.status, "in_review")))
      .returning();
    if (!row) return row;
    await recordAudit(tx, { actorId: input.actor!.id, action: "course.approve", targetType: "course", targetId: course.id, before: { status: "in_review" }, after: { status: "published" } });
    await catalogChanged(tx, { reason: "course.approve", terms: true });
    await tellMembers(tx, row, {
      subject: `Published: ${row.title}`,
      text: `"${row.title}" was approved and is now in the Microcred catalog: ${input.appUrl}/courses/${row.slug}`,
    });
    return row;
  });
  if (!updated) return { ok: false, message: "The course is no longer in review." };
  return { ok: true, course: updated };
}

export async function sendBackCourse(db: Db, input: { actor: SessionUser | null; courseId: string; reason: string; appUrl: string }): Promise<ReviewResult> {
  assertAdmin(input.actor);
  const [course] = await db.select().from(courses).where(eq(courses.id, input.courseId));
  if (!course) throw new NotFoundError("The course");
  const updated = await db.transaction(async (tx) => {
    const [row] = await tx
      .update(courses)
      .set({ status: "draft", reviewNote: input.reason })
      .where(and(eq(courses.id, course.id), eq(courses.status, "in_review")))
      .returning();
    if (!row) return row;
    await recordAudit(tx, { actorId: input.actor!.id, action: "course.send_back", targetType: "course", targetId: course.id, before: { status: "in_review" }, after: { status: "draft" }, reason: input.reason });
    const [provider] = await tx.select({ slug: providers.slug }).from(providers).where(eq(providers.id, course.providerId));
    await tellMembers(tx, row, {
      subject: `Changes needed: ${row.title}`,
      text: `A reviewer sent "${row.title}" back with this note:\n\n${input.reason}\n\nEdit it and submit again: ${input.appUrl}/provider/${provider!.slug}/courses/${row.id}`,
    });
    return row;
  });
  if (!updated) return { ok: false, message: "Only a course in review can be sent back." };
  return { ok: true, course: updated };
}

/** Archive (hide from the catalog; enrolled learners keep access) or restore an archived course. */
export async function archiveCourse(db: Db, input: { actor: SessionUser | null; courseId: string; archived: boolean }): Promise<ReviewResult> {
  const course = await getManagedCourse(db, input.actor, input.courseId);
  const from = input.archived ? "published" : "archived";
  const to = input.archived ? "archived" : "published";
  const updated = await db.transaction(async (tx) => {
    const [row] = await tx
      .update(courses)
      .set({ status: to })
      .where(and(eq(courses.id, course.id), eq(courses.status, from)))
      .returning();
    if (!row) return row;
    await recordAudit(tx, { actorId: input.actor!.id, action: input.archived ? "course.archive" : "course.restore", targetType: "course", targetId: course.id, before: { status: from }, after: { status: to } });
    await catalogChanged(tx, { reason: input.archived ? "course.archive" : "course.restore", terms: true });
    return row;
  });
  if (!updated) return { ok: false, message: input.archived ? "Only a published course can be archived." : "Only an archived course can be restored." };
  return { ok: true, course: updated };
}

/** The admin queue: courses waiting for review, oldest submission first. */
export async function listCoursesInReview(db: Db, input: { actor: SessionUser | null }) {
  assertAdmin(input.actor);
  return db
    .select({ id: courses.id, title: courses.title, slug: courses.slug, submittedAt: courses.submittedAt, priceAmount: courses.priceAmount, currency: courses.currency, providerName: providers.name })
    .from(courses)
    .innerJoin(providers, eq(providers.id, courses.providerId))
    .where(eq(courses.status, "in_review"))
    .orderBy(asc(courses.submittedAt), asc(courses.id));
}
