import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getPublishedCourse } from "@/lib/catalog/get-course";
import { getPublicProvider } from "@/lib/catalog/get-provider";
import { listSkillsWithCounts } from "@/lib/catalog/list-skills";
import { makeCourse, makeModuleWithLessons, makeProvider, makeSkill } from "../support/fixtures";
import { createTestDb, type TestDb } from "../support/test-db";

let t: TestDb;
beforeAll(async () => {
  t = await createTestDb();
  const provider = await makeProvider(t.db, { slug: "acme", name: "Acme" });
  const pending = await makeProvider(t.db, { slug: "pending-co", status: "pending" });
  const skill = await makeSkill(t.db, { slug: "sql", name: "SQL" });
  const course = await makeCourse(t.db, provider.id, { slug: "sql-basics", skillIds: [skill.id], outcomes: ["Write joins"] });
  // Inserted out of order on purpose: the syllabus must follow positions.
  await makeModuleWithLessons(t.db, course.id, 2, ["Joins", "Grouping"]);
  await makeModuleWithLessons(t.db, course.id, 1, ["Select", "Where", "Order by"]);
  await makeCourse(t.db, provider.id, { slug: "draft-course", status: "draft", publishedAt: null, skillIds: [skill.id] });
  await makeCourse(t.db, pending.id, { slug: "pending-course" });
});
afterAll(async () => t?.close());

describe("getPublishedCourse", () => {
  it("returns the course with provider, skills and an ordered syllabus without lesson bodies", async () => {
    const course = await getPublishedCourse(t.db, "sql-basics");
    expect(course?.provider.name).toBe("Acme");
    expect(course?.skills).toEqual([{ slug: "sql", name: "SQL" }]);
    expect(course?.syllabus.map((m) => m.title)).toEqual(["Module 1", "Module 2"]);
    expect(course?.syllabus[0]!.lessons.map((l) => l.title)).toEqual(["Select", "Where", "Order by"]);
    expect(course?.syllabus[0]!.lessons[0]!.isPreview).toBe(true);
    expect(Object.keys(course!.syllabus[0]!.lessons[0]!)).not.toContain("body");
  });

  it("hides drafts, courses of unapproved providers and unknown slugs", async () => {
    expect(await getPublishedCourse(t.db, "draft-course")).toBeNull();
    expect(await getPublishedCourse(t.db, "pending-course")).toBeNull();
    expect(await getPublishedCourse(t.db, "nope")).toBeNull();
  });
});

describe("skills and providers", () => {
  it("counts only published courses per skill", async () => {
    expect(await listSkillsWithCounts(t.db)).toEqual([
      expect.objectContaining({ slug: "sql", courseCount: 1 }),
    ]);
  });

  it("shows approved providers only", async () => {
    expect((await getPublicProvider(t.db, "acme"))?.name).toBe("Acme");
    expect(await getPublicProvider(t.db, "pending-co")).toBeNull();
  });
});
