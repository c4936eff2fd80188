import { rmSync } from "node:fs";
import { and, asc, count, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { achievements, auditLog, courses, lessons, modules, orders, quizQuestions, quizzes } from "@/db/schema";
import type { SessionUser } from "@/lib/auth/load-session-user";
import { ForbiddenError } from "@/lib/auth/policy";
import { readOutbox } from "@/lib/mail/read-outbox";
import { drainJobs } from "@/lib/jobs/run-jobs";
import { courseFormData, courseFormSchema } from "@/lib/studio/course-input";
import { addLesson, addModule, deleteLesson, lessonFormSchema, moveLesson, moveModule, OutlineChangedError, reorderLessons, updateLesson } from "@/lib/studio/course-outline";
import { approveCourse, archiveCourse, listCoursesInReview, sendBackCourse, submitCourseForReview } from "@/lib/studio/course-review";
import { createDefaultAchievement } from "@/lib/studio/create-default-achievement";
import { createCourse, updateCourse } from "@/lib/studio/save-course";
import { getQuizForEditor, quizFormData, quizFormSchema, saveQuiz } from "@/lib/studio/save-quiz";
import { listProviderOrders } from "@/lib/payments/provider-sales";
import { makeProvider } from "../support/fixtures";
import { createTestDb, type TestDb } from "../support/test-db";
import { makeMember, makeUser, sessionUser } from "../support/users";

const outbox = `.data/test-outbox-studio-${process.pid}`;
process.env.MAIL_OUTBOX_DIR = outbox;

let t: TestDb;
let admin: SessionUser;
let memberA: SessionUser;
let memberB: SessionUser;
let providerA: Awaited<ReturnType<typeof makeProvider>>;
let providerB: Awaited<ReturnType<typeof makeProvider>>;

function values(over: Record<string, unknown> = {}) {
  const parsed = courseFormSchema.safeParse({
    title: "Data Storytelling",
    slug: "",
    summary: "Tell stories with data",
    description: "# Hello",
    level: "beginner",
    language: "en",
    durationMinutes: "90",
    price: "0",
    currency: "USD",
    skillIds: [],
    newSkill: "",
    ...over,
  });
  if (!parsed.success) throw new Error(JSON.stringify(parsed.error.issues));
  return parsed.data;
}

beforeAll(async () => {
  t = await createTestDb();
  admin = await sessionUser(t.db, (await makeUser(t.db, { isAdmin: true })).id);
  providerA = await makeProvider(t.db, { stripeAccountId: "acct_studio_a", chargesEnabled: true });
  providerB = await makeProvider(t.db);
  const a = await makeUser(t.db, { email: "owner-a@example.test" });
  const b = await makeUser(t.db);
  await makeMember(t.db, a.id, providerA.id);
  await makeMember(t.db, b.id, providerB.id);
  memberA = await sessionUser(t.db, a.id);
  memberB = await sessionUser(t.db, b.id);
});
afterAll(async () => {
  await t?.close();
  rmSync(outbox, { recursive: true, force: true });
});

describe("course form validation", () => {
  it("derives the slug from the title and converts the price to minor units", () => {
    const v = values({ title: "Café Analytics 101", price: "49.5" });
    expect(v.slug).toBe("cafe-analytics-101");
    expect(v.priceAmount).toBe(4950);
    expect(values({ price: "5000", currency: "JPY" }).priceAmount).toBe(5000);
  });

  it("explains every bad field", () => {
    const result = courseFormSchema.safeParse({ title: "x", slug: "Bad Slug", level: "expert", language: "English", durationMinutes: "0", price: "4.999", currency: "XXX" });
    expect(result.success).toBe(false);
    const fields = new Set(result.error!.issues.map((i) => String(i.path[0])));
    for (const f of ["title", "slug", "level", "language", "durationMinutes", "price", "currency"]) expect(fields).toContain(f);
    expect(courseFormSchema.safeParse({ ...values(), price: "4.999", skillIds: [], slug: "" }).success).toBe(false);
    expect(courseFormSchema.safeParse({ title: "Fine title", slug: "", level: "beginner", language: "en", durationMinutes: "5", price: "1.234", currency: "USD" }).error?.issues[0]?.path).toEqual(["price"]);
  });

  it("reads repeated skill checkboxes from the form", () => {
    const form = new FormData();
    form.append("title", "Skills course");
    form.append("skillIds", "00000000-0000-4000-8000-000000000001");
    form.append("skillIds", "00000000-0000-4000-8000-000000000002");
    expect(courseFormData(form).skillIds).toHaveLength(2);
  });

  it("refuses a slug another course uses, and writes nothing", async () => {
    const first = await createCourse(t.db, { actor: memberA, providerId: providerA.id, values: values({ title: "Unique Slug Course" }) });
    expect(first.ok).toBe(true);
    const [{ n: before }] = (await t.db.select({ n: count() }).from(courses)) as [{ n: number }];
    const second = await createCourse(t.db, { actor: memberB, providerId: providerB.id, values: values({ title: "Other", slug: "unique-slug-course" }) });
    expect(second).toEqual({ ok: false, field: "slug", message: "is already used by another course" });
    const [{ n: after }] = (await t.db.select({ n: count() }).from(courses)) as [{ n: number }];
    expect(after).toBe(before);
  });

  it("validates lessons and quizzes", () => {
    expect(lessonFormSchema.safeParse({ title: "A", videoUrl: "javascript:alert(1)", durationMinutes: "0" }).error?.issues.map((i) => i.path[0]).sort()).toEqual(["durationMinutes", "title", "videoUrl"]);
    expect(lessonFormSchema.parse({ title: "Intro", videoUrl: "", isPreview: "on" })).toMatchObject({ videoUrl: null, isPreview: true });
    const noCorrect = quizFormSchema.safeParse({ title: "Quiz", passPercent: "70", questions: [{ prompt: "Why?", kind: "single", options: [{ label: "a", correct: false }, { label: "b", correct: false }] }] });
    expect(noCorrect.error?.issues[0]?.message).toBe("every question needs at least one correct option");
    const twoForSingle = quizFormSchema.safeParse({ title: "Quiz", passPercent: "70", questions: [{ prompt: "Why?", kind: "single", options: [{ label: "a", correct: true }, { label: "b", correct: true }] }] });
    expect(twoForSingle.error?.issues[0]?.message).toBe("a single-answer question has exactly one correct option");
    expect(quizFormSchema.safeParse({ title: "Quiz", passPercent: "101", questions: [] }).error?.issues.map((i) => i.path[0]).sort()).toEqual(["passPercent", "questions"]);
  });
});

describe("authorization: a member of provider A cannot touch provider B's things", () => {
  it("refuses B's course, modules, lessons, quiz and orders with crafted ids", async () => {
    const created = await createCourse(t.db, { actor: memberB, providerId: providerB.id, values: values({ title: "B private course" }) });
    if (!created.ok) throw new Error("create failed");
    const courseB = created.course;
    const modB = await addModule(t.db, { actor: memberB, courseId: courseB.id, title: "B module" });
    const lessonB = await addLesson(t.db, { actor: memberB, moduleId: modB.id, title: "B lesson" });
    const quiz = { title: "B quiz", passPercent: 50, questions: [{ prompt: "Q?", kind: "single" as const, explanation: "", options: [{ label: "y", correct: true }, { label: "n", correct: false }] }] };
    await saveQuiz(t.db, { actor: memberB, moduleId: modB.id, values: quiz });

    const attempts: [string, () => Promise<unknown>][] = [
      ["create in B", () => createCourse(t.db, { actor: memberA, providerId: providerB.id, values: values({ title: "Sneaky" }) })],
      ["update B's course", () => updateCourse(t.db, { actor: memberA, courseId: courseB.id, values: values({ title: "Hijacked" }) })],
      ["add module", () => addModule(t.db, { actor: memberA, courseId: courseB.id, title: "x" })],
      ["add lesson", () => addLesson(t.db, { actor: memberA, moduleId: modB.id, title: "x" })],
      ["edit lesson", () => updateLesson(t.db, { actor: memberA, lessonId: lessonB.id, values: lessonFormSchema.parse({ title: "Hijacked" }) })],
      ["move lesson", () => moveLesson(t.db, { actor: memberA, lessonId: lessonB.id, direction: "up" })],
      ["move module", () => moveModule(t.db, { actor: memberA, moduleId: modB.id, direction: "down" })],
      ["reorder lessons", () => reorderLessons(t.db, { actor: memberA, moduleId: modB.id, lessonIds: [lessonB.id] })],
      ["delete lesson", () => deleteLesson(t.db, { actor: memberA, lessonId: lessonB.id })],
      ["read quiz", () => getQuizForEditor(t.db, { actor: memberA, moduleId: modB.id })],
      ["save quiz", () => saveQuiz(t.db, { actor: memberA, moduleId: modB.id, values: quiz })],
      ["submit", () => submitCourseForReview(t.db, { actor: memberA, courseId: courseB.id })],
      ["archive", () => archiveCourse(t.db, { actor: memberA, courseId: courseB.id, archived: true })],
      ["orders", () => listProviderOrders(t.db, { actor: memberA, providerId: providerB.id })],
      ["approve (not admin)", () => approveCourse(t.db, { actor: memberB, courseId: courseB.id, appUrl: "http://app.test" })],
      ["review queue (not admin)", () => listCoursesInReview(t.db, { actor: memberA })],
    ];
    for (const [name, attempt] of attempts) {
      await expect(attempt(), name).rejects.toBeInstanceOf(ForbiddenError);
    }
    const [row] = await t.db.select().from(courses).where(eq(courses.id, courseB.id));
    expect(row!.title).toBe("B private course");
    const [lesson] = await t.db.select().from(lessons).where(eq(lessons.id, lessonB.id));
    expect(lesson!.title).toBe("B lesson");
    expect(await t.db.select().from(orders).where(eq(orders.providerId, providerB.id))).toHaveLength(0);
  });
});

describe("reordering", () => {
  it("moves modules and lessons by swapping neighbours, keeping positions unique and stable", async () => {
    const created = await createCourse(t.db, { actor: memberA, providerId: providerA.id, values: values({ title: "Reorder course" }) });
    if (!created.ok) throw new Error("create failed");
    const courseId = created.course.id;
    const m1 = await addModule(t.db, { actor: memberA, courseId, title: "One" });
    const m2 = await addModule(t.db, { actor: memberA, courseId, title: "Two" });
    const m3 = await addModule(t.db, { actor: memberA, courseId, title: "Three" });
    const order = async () => (await t.db.select().from(modules).where(eq(modules.courseId, courseId)).orderBy(asc(modules.position))).map((m) => m.title);
    expect(await order()).toEqual(["One", "Two", "Three"]);
    expect(await moveModule(t.db, { actor: memberA, moduleId: m3.id, direction: "up" })).toBe(true);
    expect(await order()).toEqual(["One", "Three", "Two"]);
    expect(await moveModule(t.db, { actor: memberA, moduleId: m1.id, direction: "up" })).toBe(false);
    expect(await moveModule(t.db, { actor: memberA, moduleId: m2.id, direction: "down" })).toBe(false);
    // Concurrent moves of the same module serialize on the course lock: no lost update, no duplicate.
    await Promise.all([moveModule(t.db, { actor: memberA, moduleId: m1.id, direction: "down" }), moveModule(t.db, { actor: memberA, moduleId: m1.id, direction: "down" })]);
    expect(await order()).toEqual(["Three", "Two", "One"]);

    const l1 = await addLesson(t.db, { actor: memberA, moduleId: m2.id, title: "L1" });
    await addLesson(t.db, { actor: memberA, moduleId: m2.id, title: "L2" });
    await moveLesson(t.db, { actor: memberA, lessonId: l1.id, direction: "down" });
    const lessonOrder = (await t.db.select().from(lessons).where(eq(lessons.moduleId, m2.id)).orderBy(asc(lessons.position))).map((l) => [l.title, l.position]);
    expect(lessonOrder).toEqual([["L2", 1], ["L1", 2]]);
  });

  it("drag and drop puts a module's lessons in the given order, all or nothing", async () => {
    const created = await createCourse(t.db, { actor: memberA, providerId: providerA.id, values: values({ title: "Drag course" }) });
    if (!created.ok) throw new Error("create failed");
    const mod = await addModule(t.db, { actor: memberA, courseId: created.course.id, title: "Only" });
    const other = await addModule(t.db, { actor: memberA, courseId: created.course.id, title: "Other" });
    const [a, b, c] = [await addLesson(t.db, { actor: memberA, moduleId: mod.id, title: "A" }), await addLesson(t.db, { actor: memberA, moduleId: mod.id, title: "B" }), await addLesson(t.db, { actor: memberA, moduleId: mod.id, title: "C" })];
    const stranger = await addLesson(t.db, { actor: memberA, moduleId: other.id, title: "Elsewhere" });
    const order = async () => (await t.db.select().from(lessons).where(eq(lessons.moduleId, mod.id)).orderBy(asc(lessons.position))).map((l) => [l.title, l.position]);

    expect(await reorderLessons(t.db, { actor: memberA, moduleId: mod.id, lessonIds: [c.id, a.id, b.id] })).toBe(true);
    expect(await order()).toEqual([["C", 1], ["A", 2], ["B", 3]]);
    // A stale page (missing, repeated or foreign lessons) is refused and nothing moves.
    for (const lessonIds of [[a.id, b.id], [a.id, a.id, b.id], [a.id, b.id, stranger.id], [c.id, a.id, b.id, stranger.id]]) {
      await expect(reorderLessons(t.db, { actor: memberA, moduleId: mod.id, lessonIds })).rejects.toBeInstanceOf(OutlineChangedError);
    }
    expect(await order()).toEqual([["C", 1], ["A", 2], ["B", 3]]);
  });
});

describe("publishing", () => {
  it("submit checks lessons, achievement and price; admin approves; sent back shows the reason", async () => {
    const created = await createCourse(t.db, { actor: memberA, providerId: providerA.id, values: values({ title: "Journey course", price: "19" }) });
    if (!created.ok) throw new Error("create failed");
    const courseId = created.course.id;

    const empty = await submitCourseForReview(t.db, { actor: memberA, courseId });
    expect(empty.ok).toBe(false);
    if (empty.ok) return;
    expect(empty.checks?.filter((c) => !c.ok).map((c) => c.key)).toEqual(["lesson", "achievement"]);

    const mod = await addModule(t.db, { actor: memberA, courseId, title: "Basics" });
    await addLesson(t.db, { actor: memberA, moduleId: mod.id, title: "Welcome" });
    await t.db.insert(achievements).values({ courseId, name: "Journey badge", description: "Finished", criteria: "Complete all lessons" });

    const submitted = await submitCourseForReview(t.db, { actor: memberA, courseId });
    expect(submitted.ok).toBe(true);
    // Frozen while in review.
    expect((await updateCourse(t.db, { actor: memberA, courseId, values: values({ title: "Changed in review" }) })).ok).toBe(false);
    expect((await listCoursesInReview(t.db, { actor: admin })).map((c) => c.id)).toContain(courseId);

    const sentBack = await sendBackCourse(t.db, { actor: admin, courseId, reason: "Add a summary of the outcomes, please.", appUrl: "http://app.test" });
    expect(sentBack.ok).toBe(true);
    const [draft] = await t.db.select().from(courses).where(eq(courses.id, courseId));
    expect(draft).toMatchObject({ status: "draft", reviewNote: "Add a summary of the outcomes, please." });
    await drainJobs(t.db); // review mails are queued with the decision
    const mails = await readOutbox(outbox);
    expect(mails.some((m) => m.to === "owner-a@example.test" && m.subject === "Changes needed: Journey course" && m.text.includes("Add a summary"))).toBe(true);

    expect((await submitCourseForReview(t.db, { actor: memberA, courseId })).ok).toBe(true);
    const [resubmitted] = await t.db.select().from(courses).where(eq(courses.id, courseId));
    expect(resubmitted!.reviewNote).toBeNull();

    // Two admins approving at once publish it once.
    const results = await Promise.all([approveCourse(t.db, { actor: admin, courseId, appUrl: "http://app.test" }), approveCourse(t.db, { actor: admin, courseId, appUrl: "http://app.test" })]);
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    const [published] = await t.db.select().from(courses).where(eq(courses.id, courseId));
    expect(published!.status).toBe("published");
    expect(published!.publishedAt).not.toBeNull();
    const audit = await t.db.select({ action: auditLog.action }).from(auditLog).where(and(eq(auditLog.targetId, courseId)));
    expect(audit.map((a) => a.action).sort()).toEqual(["course.approve", "course.create", "course.send_back", "course.submit", "course.submit"]);

    expect((await archiveCourse(t.db, { actor: memberA, courseId, archived: true })).ok).toBe(true);
    expect((await archiveCourse(t.db, { actor: memberA, courseId, archived: true })).ok).toBe(false);
    expect((await archiveCourse(t.db, { actor: memberA, courseId, archived: false })).ok).toBe(true);
  });

  it("refuses to submit a paid course when the provider cannot take charges", async () => {
    const created = await createCourse(t.db, { actor: memberB, providerId: providerB.id, values: values({ title: "Paid without Stripe", price: "10" }) });
    if (!created.ok) throw new Error("create failed");
    const mod = await addModule(t.db, { actor: memberB, courseId: created.course.id, title: "M" });
    await addLesson(t.db, { actor: memberB, moduleId: mod.id, title: "L" });
    await t.db.insert(achievements).values({ courseId: created.course.id, name: "B", description: "B", criteria: "B" });
    const result = await submitCourseForReview(t.db, { actor: memberB, courseId: created.course.id });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.checks?.find((c) => !c.ok)?.key).toBe("price");
    const [row] = await t.db.select().from(courses).where(eq(courses.id, created.course.id));
    expect(row!.status).toBe("draft");
  });
});

describe("quiz editor", () => {
  it("saves a quiz from form fields and replaces its questions on the next save", async () => {
    const created = await createCourse(t.db, { actor: memberA, providerId: providerA.id, values: values({ title: "Quiz course" }) });
    if (!created.ok) throw new Error("create failed");
    const mod = await addModule(t.db, { actor: memberA, courseId: created.course.id, title: "M" });
    const form = new FormData();
    form.set("title", "Check yourself");
    form.set("passPercent", "60");
    form.set("questions.0.prompt", "Which are prime?");
    form.set("questions.0.kind", "multiple");
    form.set("questions.0.options.0.label", "2");
    form.set("questions.0.options.0.correct", "on");
    form.set("questions.0.options.1.label", "3");
    form.set("questions.0.options.1.correct", "on");
    form.set("questions.0.options.2.label", "4");
    form.set("questions.1.prompt", "Is 1 prime?");
    form.set("questions.1.kind", "single");
    form.set("questions.1.options.0.label", "Yes");
    form.set("questions.1.options.1.label", "No");
    form.set("questions.1.options.1.correct", "on");
    const parsed = quizFormSchema.parse(quizFormData(form));
    await saveQuiz(t.db, { actor: memberA, moduleId: mod.id, values: parsed });
    const editor = await getQuizForEditor(t.db, { actor: memberA, moduleId: mod.id });
    expect(editor.quiz).toMatchObject({ title: "Check yourself", passPercent: 60 });
    expect(editor.questions.map((q) => [q.prompt, q.options.filter((o) => o.isCorrect).map((o) => o.label)])).toEqual([
      ["Which are prime?", ["2", "3"]],
      ["Is 1 prime?", ["No"]],
    ]);
    await saveQuiz(t.db, { actor: memberA, moduleId: mod.id, values: { ...parsed, questions: parsed.questions.slice(1) } });
    const [quiz] = await t.db.select().from(quizzes).where(eq(quizzes.moduleId, mod.id));
    expect(await t.db.select().from(quizQuestions).where(eq(quizQuestions.quizId, quiz!.id))).toHaveLength(1);
  });
});

describe("standard certificate", () => {
  it("creates one achievement for the course, once, for members only", async () => {
    const created = await createCourse(t.db, { actor: memberA, providerId: providerA.id, values: values({ title: "Certificate course" }) });
    if (!created.ok) throw new Error("create failed");
    await expect(createDefaultAchievement(t.db, { actor: memberB, courseId: created.course.id })).rejects.toBeInstanceOf(ForbiddenError);
    const results = await Promise.all([createDefaultAchievement(t.db, { actor: memberA, courseId: created.course.id }), createDefaultAchievement(t.db, { actor: memberA, courseId: created.course.id })]);
    expect(results.map((r) => r.created).sort()).toEqual([false, true]);
    const rows = await t.db.select().from(achievements).where(eq(achievements.courseId, created.course.id));
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ name: "Certificate course", achievementType: "CertificateOfCompletion" });
  });
});
