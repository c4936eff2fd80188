import { count, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { courseSkills, courses, lessons, modules, providers, quizOptions, quizQuestions, quizzes, skills } from "@/db/schema";
import { seedDemo } from "@/db/seed/demo";
import { seedGeneratedCourses } from "@/db/seed/generate-courses";
import { createTestDb, type TestDb } from "../support/test-db";

let t: TestDb;
beforeAll(async () => {
  t = await createTestDb();
});
afterAll(async () => t?.close());

async function tableCounts() {
  const n = async (
    table: typeof providers | typeof skills | typeof courses | typeof modules | typeof lessons | typeof courseSkills | typeof quizzes | typeof quizQuestions | typeof quizOptions,
  ) =>
    (await t.db.select({ n: count() }).from(table))[0]!.n;
  return {
    providers: await n(providers),
    skills: await n(skills),
    courses: await n(courses),
    modules: await n(modules),
    lessons: await n(lessons),
    courseSkills: await n(courseSkills),
    quizzes: await n(quizzes),
    quizQuestions: await n(quizQuestions),
    quizOptions: await n(quizOptions),
  };
}

describe("demo seed", () => {
  it("creates a believable marketplace", async () => {
    const summary = await seedDemo(t.db);
    expect(summary.courses).toBeGreaterThanOrEqual(60);
    const counts = await tableCounts();
    expect(counts.providers).toBeGreaterThanOrEqual(8);
    expect(counts.skills).toBeGreaterThanOrEqual(15);
    expect(counts.courses).toBeGreaterThanOrEqual(60);
    expect(counts.lessons).toBeGreaterThanOrEqual(counts.courses * 2);
    expect(counts.quizzes).toBeGreaterThanOrEqual(2);
    expect(counts.quizQuestions).toBeGreaterThanOrEqual(counts.quizzes * 2);

    const mix = await t.db
      .select({
        free: sql<number>`count(*) filter (where ${courses.priceAmount} = 0)`.mapWith(Number),
        paid: sql<number>`count(*) filter (where ${courses.priceAmount} > 0)`.mapWith(Number),
        levels: sql<number>`count(distinct ${courses.level})`.mapWith(Number),
        languages: sql<number>`count(distinct ${courses.language})`.mapWith(Number),
        currencies: sql<number>`count(distinct ${courses.currency})`.mapWith(Number),
      })
      .from(courses);
    expect(mix[0]!.free).toBeGreaterThan(5);
    expect(mix[0]!.paid).toBeGreaterThan(20);
    expect(mix[0]!.levels).toBe(3);
    expect(mix[0]!.languages).toBeGreaterThanOrEqual(3);
    expect(mix[0]!.currencies).toBeGreaterThanOrEqual(2);

    // Every course has at least one preview lesson, and no lesson body is filler.
    const lessonRows = await t.db.select({ body: lessons.body }).from(lessons);
    expect(lessonRows.every((l) => l.body.length > 200 && !/lorem ipsum/i.test(l.body))).toBe(true);
  });

  it("is idempotent: a second run changes nothing", async () => {
    const before = await tableCounts();
    const snapshot = await t.db.select({ slug: courses.slug, updatedAt: courses.updatedAt, publishedAt: courses.publishedAt }).from(courses).orderBy(courses.slug);
    const summary = await seedDemo(t.db);
    expect(summary.courses).toBe(0);
    expect(await tableCounts()).toEqual(before);
    const after = await t.db.select({ slug: courses.slug, updatedAt: courses.updatedAt, publishedAt: courses.publishedAt }).from(courses).orderBy(courses.slug);
    expect(after).toEqual(snapshot);
  });

  it("scale mode adds generated courses up to a total, and only once", async () => {
    const first = await seedGeneratedCourses(t.db, { total: 250, batchSize: 100 });
    expect(first).toEqual({ added: 250, total: 250 });
    const again = await seedGeneratedCourses(t.db, { total: 250, batchSize: 100 });
    expect(again.added).toBe(0);
    const [row] = await t.db.select({ n: count() }).from(courses).where(sql`${courses.slug} like 'gen-%'`);
    expect(row!.n).toBe(250);
  });
});
