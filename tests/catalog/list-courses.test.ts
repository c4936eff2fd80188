import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { listCourses } from "@/lib/catalog/list-courses";
import { makeCourse, makeProvider, makeSkill } from "../support/fixtures";
import { createTestDb, type TestDb } from "../support/test-db";

let t: TestDb;
const day = 86_400_000;
const now = Date.now();
let sqlSkill: string;

beforeAll(async () => {
  t = await createTestDb();
  const provider = await makeProvider(t.db, { slug: "acme" });
  const other = await makeProvider(t.db, { slug: "other" });
  const suspended = await makeProvider(t.db, { slug: "gone", status: "suspended" });
  const sql = await makeSkill(t.db, { slug: "sql", name: "SQL" });
  const design = await makeSkill(t.db, { slug: "design", name: "Design" });
  sqlSkill = sql.slug;
  // 25 published courses a day apart; two share a timestamp to exercise the id tie-break.
  for (let i = 0; i < 25; i++) {
    await makeCourse(t.db, i % 2 ? provider.id : other.id, {
      slug: `course-${i}`,
      title: i === 3 ? "100% practical SQL" : `Course ${i}`,
      publishedAt: new Date(now - (i === 24 ? 23 : i) * day),
      skillIds: i % 3 === 0 ? [sql.id] : [design.id],
    });
  }
  await makeCourse(t.db, provider.id, { slug: "a-draft", status: "draft", publishedAt: null, skillIds: [sql.id] });
  await makeCourse(t.db, provider.id, { slug: "in-review", status: "in_review", publishedAt: null });
  await makeCourse(t.db, suspended.id, { slug: "suspended-provider-course", skillIds: [sql.id] });
});
afterAll(async () => t?.close());

describe("listCourses", () => {
  it("lists published courses of approved providers, newest first", async () => {
    const list = await listCourses(t.db, { page: 1, pageSize: 50 });
    expect(list.total).toBe(25);
    const slugs = list.items.map((c) => c.slug);
    expect(slugs).not.toContain("a-draft");
    expect(slugs).not.toContain("in-review");
    expect(slugs).not.toContain("suspended-provider-course");
    const times = list.items.map((c) => c.publishedAt!.getTime());
    expect([...times].sort((a, b) => b - a)).toEqual(times);
  });

  it("paginates without gaps or overlaps", async () => {
    const pages = await Promise.all([1, 2, 3].map((page) => listCourses(t.db, { page, pageSize: 10 })));
    expect(pages.map((p) => p.items.length)).toEqual([10, 10, 5]);
    expect(pages[0]!.pageCount).toBe(3);
    const all = pages.flatMap((p) => p.items.map((c) => c.slug));
    expect(new Set(all).size).toBe(25);
  });

  it("clamps a page past the end to the last page", async () => {
    const list = await listCourses(t.db, { page: 99, pageSize: 10 });
    expect(list.page).toBe(3);
    expect(list.items).toHaveLength(5);
  });

  it("filters by skill and by provider, and attaches skills", async () => {
    const bySkill = await listCourses(t.db, { page: 1, pageSize: 50, skillSlug: sqlSkill });
    expect(bySkill.total).toBe(9); // i = 0,3,…,24
    expect(bySkill.items.every((c) => c.skills.some((s) => s.slug === "sql"))).toBe(true);
    const byProvider = await listCourses(t.db, { page: 1, pageSize: 50, providerSlug: "acme" });
    expect(byProvider.total).toBe(12);
    expect(byProvider.items.every((c) => c.providerSlug === "acme")).toBe(true);
    const none = await listCourses(t.db, { page: 1, pageSize: 50, skillSlug: "no-such-skill" });
    expect(none).toMatchObject({ total: 0, items: [], page: 1, pageCount: 1 });
  });

  it("matches keywords literally, treating % and _ as text", async () => {
    const hit = await listCourses(t.db, { page: 1, pageSize: 50, q: "100%" });
    expect(hit.items.map((c) => c.slug)).toEqual(["course-3"]);
    const wildcard = await listCourses(t.db, { page: 1, pageSize: 50, q: "%" });
    expect(wildcard.items.map((c) => c.slug)).toEqual(["course-3"]);
    const injection = await listCourses(t.db, { page: 1, pageSize: 50, q: "'; drop table courses; --" });
    expect(injection.total).toBe(0);
    expect((await listCourses(t.db, { page: 1, pageSize: 1 })).total).toBe(25);
  });
});
