import { eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { courseSkills, courses, skills } from "@/db/schema";
import { makeCourse, makeProvider, makeSkill } from "../support/fixtures";
import { createTestDb, type TestDb } from "../support/test-db";

// courses.skill_ids / skills_text are copies of course_skills kept by triggers (migration 0016).
let t: TestDb;
beforeAll(async () => {
  t = await createTestDb();
});
afterAll(async () => t?.close());

const columnsOf = async (id: string) => {
  const [row] = await t.db.select({ ids: courses.skillIds, text: courses.skillsText, tags: courses.facetTags }).from(courses).where(eq(courses.id, id));
  return row!;
};

describe("course skill columns", () => {
  it("follow inserts, deletes and renames, and the facet tags follow level and language", async () => {
    const provider = await makeProvider(t.db, { slug: "acme" });
    const sqlSkill = await makeSkill(t.db, { slug: "sql", name: "SQL" });
    const py = await makeSkill(t.db, { slug: "python", name: "Python" });
    const course = await makeCourse(t.db, provider.id, { slug: "data", skillIds: [sqlSkill.id, py.id], level: "advanced", language: "es" });

    expect(await columnsOf(course.id)).toEqual({ ids: [sqlSkill.id, py.id].sort(), text: "Python SQL", tags: ["level:advanced", "lang:es"] });

    await t.db.update(skills).set({ name: "Structured Query Language" }).where(eq(skills.id, sqlSkill.id));
    expect((await columnsOf(course.id)).text).toBe("Python Structured Query Language");
    const [found] = await t.db.select({ id: courses.id }).from(courses).where(sql`${courses.searchDocument} @@ to_tsquery('english', 'structured')`);
    expect(found?.id).toBe(course.id);

    await t.db.delete(courseSkills).where(eq(courseSkills.skillId, py.id));
    expect(await columnsOf(course.id)).toMatchObject({ ids: [sqlSkill.id], text: "Structured Query Language" });

    await t.db.delete(skills).where(eq(skills.id, sqlSkill.id));
    expect(await columnsOf(course.id)).toMatchObject({ ids: [], text: "" });

    await t.db.update(courses).set({ level: "beginner", language: "en" }).where(eq(courses.id, course.id));
    expect((await columnsOf(course.id)).tags).toEqual(["level:beginner", "lang:en"]);
  });
});
