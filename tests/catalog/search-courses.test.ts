import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parseCatalogQuery } from "@/lib/catalog/catalog-params";
import { refreshCatalogTerms } from "@/lib/catalog/refresh-catalog-terms";
import { InvalidCursorError, searchCourses, type SearchInput } from "@/lib/catalog/search-courses";
import { suggestCatalog } from "@/lib/catalog/suggest-catalog";
import { makeCourse, makeProvider, makeSkill } from "../support/fixtures";
import { createTestDb, type TestDb } from "../support/test-db";

let t: TestDb;
const day = 86_400_000;
const now = Date.now();

const search = (raw: Record<string, string>, extra: Partial<SearchInput> = {}) =>
  searchCourses(t.db, { ...parseCatalogQuery(raw), pageSize: 50, withFacets: true, ...extra });
const slugs = (r: { items: { slug: string }[] }) => r.items.map((c) => c.slug);

beforeAll(async () => {
  t = await createTestDb();
  const acme = await makeProvider(t.db, { slug: "acme", name: "Acme" });
  const beta = await makeProvider(t.db, { slug: "beta", name: "Beta" });
  const gone = await makeProvider(t.db, { slug: "gone", status: "suspended" });
  const k8s = await makeSkill(t.db, { slug: "kubernetes", name: "Kubernetes" });
  const sql = await makeSkill(t.db, { slug: "sql", name: "SQL" });
  const course = (slug: string, over: Parameters<typeof makeCourse>[2], provider = acme.id) => makeCourse(t.db, provider, { slug, ...over });
  await course("kubernetes-in-production", { title: "Kubernetes in Production", summary: "Run clusters", skillIds: [k8s.id], level: "advanced", priceAmount: 9900, durationMinutes: 600, publishedAt: new Date(now - 10 * day) });
  await course("platform-basics", { title: "Platform Basics", summary: "Containers and kubernetes for beginners", skillIds: [k8s.id], level: "beginner", priceAmount: 0, durationMinutes: 90, publishedAt: new Date(now - 1 * day) });
  await course("ops-handbook", { title: "Operations Handbook", summary: "Runbooks", description: "One chapter mentions kubernetes briefly.", level: "intermediate", priceAmount: 4900, durationMinutes: 240, publishedAt: new Date(now - 2 * day) }, beta.id);
  await course("sql-for-analysts", { title: "SQL for Analysts", summary: "Joins and window functions", skillIds: [sql.id], level: "beginner", priceAmount: 2900, durationMinutes: 180, language: "en", publishedAt: new Date(now - 3 * day) }, beta.id);
  await course("sql-avanzado", { title: "SQL avanzado", summary: "Funciones de ventana", skillIds: [sql.id], level: "advanced", priceAmount: 1900, currency: "EUR", durationMinutes: 300, language: "es", publishedAt: new Date(now - 4 * day) });
  await course("draft-kubernetes", { title: "Kubernetes Draft", status: "draft", publishedAt: null, skillIds: [k8s.id] });
  await course("suspended-kubernetes", { title: "Kubernetes Elsewhere", skillIds: [k8s.id] }, gone.id);
  await refreshCatalogTerms(t.db);
});
afterAll(async () => t?.close());

describe("full-text search", () => {
  it("ranks title matches above skill, summary and description matches", async () => {
    expect(slugs(await search({ q: "kubernetes" }))).toEqual(["kubernetes-in-production", "platform-basics", "ops-handbook"]);
  });

  it("never shows drafts or courses of suspended providers", async () => {
    const r = await search({ q: "kubernetes" });
    expect(slugs(r)).not.toContain("draft-kubernetes");
    expect(slugs(r)).not.toContain("suspended-kubernetes");
  });

  it("matches partial words", async () => {
    expect(slugs(await search({ q: "kube" }))).toContain("kubernetes-in-production");
    expect(slugs(await search({ q: "analy" }))).toEqual(["sql-for-analysts"]);
  });

  it("understands quotes, -exclusions and or", async () => {
    expect(slugs(await search({ q: '"window functions"' }))).toEqual(["sql-for-analysts"]);
    expect(slugs(await search({ q: "sql -analysts" }))).toEqual(["sql-avanzado"]);
    expect(slugs(await search({ q: "runbooks or joins" })).sort()).toEqual(["ops-handbook", "sql-for-analysts"]);
  });

  it("suggests a correction when nothing matches, and shows its results", async () => {
    const r = await search({ q: "kubrenetes" });
    expect(r.correctedQuery).toBe("kubernetes");
    expect(r.total).toBe(3);
    const none = await search({ q: "zzyzx" });
    expect(none).toMatchObject({ total: 0, correctedQuery: null });
  });

  it("treats hostile input as words", async () => {
    for (const q of ["'; drop table courses; --", "\\", "'", "!!!", "a & b | c", "<script>", "%_%", "(((", ":*"]) {
      const r = await search({ q });
      expect(r.total).toBeGreaterThanOrEqual(0);
    }
    expect((await search({})).total).toBe(5);
  });

  it("ignores queries made only of stop words", async () => {
    expect((await search({ q: "the and of" })).total).toBe(5);
  });
});

describe("facets", () => {
  it("filters by each facet", async () => {
    expect(slugs(await search({ skill: "sql" })).sort()).toEqual(["sql-avanzado", "sql-for-analysts"]);
    expect(slugs(await search({ level: "beginner" })).sort()).toEqual(["platform-basics", "sql-for-analysts"]);
    expect(slugs(await search({ provider: "beta" })).sort()).toEqual(["ops-handbook", "sql-for-analysts"]);
    expect(slugs(await search({ language: "es" }))).toEqual(["sql-avanzado"]);
    expect(slugs(await search({ price: "free" }))).toEqual(["platform-basics"]);
    expect(slugs(await search({ price: "paid" })).length).toBe(4);
    expect(slugs(await search({ price_min: "20", price_max: "50" })).sort()).toEqual(["ops-handbook", "sql-for-analysts"]);
    expect(slugs(await search({ duration: "short" }))).toEqual(["platform-basics"]);
    expect(slugs(await search({ duration: "extended" }))).toEqual(["kubernetes-in-production"]);
  });

  it("ORs values within a facet and ANDs facets together", async () => {
    expect(slugs(await search({ level: "beginner,advanced" })).length).toBe(4);
    expect(slugs(await search({ level: "beginner,advanced", skill: "sql" })).sort()).toEqual(["sql-avanzado", "sql-for-analysts"]);
    expect(slugs(await search({ q: "sql", level: "advanced", language: "es" }))).toEqual(["sql-avanzado"]);
  });

  it("counts each facet as if its own filter were not applied", async () => {
    const r = await search({ q: "kubernetes", level: "beginner" });
    expect(r.total).toBe(1);
    const levels = Object.fromEntries(r.facets!.level.map((f) => [f.value, f.count]));
    expect(levels).toEqual({ beginner: 1, intermediate: 1, advanced: 1 });
    const price = Object.fromEntries(r.facets!.price.map((f) => [f.value, f.count]));
    expect(price).toEqual({ free: 1, paid: 0 });
    const skills = Object.fromEntries(r.facets!.skill.map((f) => [f.value, f.count]));
    expect(skills).toEqual({ kubernetes: 1 });
  });
});

describe("sorting and paging", () => {
  it("sorts by newest, price both ways, and breaks ties stably", async () => {
    expect(slugs(await search({ sort: "newest" }))).toEqual(["platform-basics", "ops-handbook", "sql-for-analysts", "sql-avanzado", "kubernetes-in-production"]);
    expect(slugs(await search({ sort: "price_asc" }))[0]).toBe("platform-basics");
    expect(slugs(await search({ sort: "price_desc" }))[0]).toBe("kubernetes-in-production");
    const a = slugs(await search({ sort: "rating" }));
    const b = slugs(await search({ sort: "popular" }));
    expect(a).toHaveLength(5);
    expect(b).toEqual(slugs(await search({ sort: "newest" }))); // no enrollments yet: newest breaks the tie
  });

  it("walks every sort with cursors without gaps or repeats", async () => {
    for (const sort of ["newest", "price_asc", "price_desc", "rating", "popular", "relevance"]) {
      const q: Record<string, string> = sort === "relevance" ? { q: "kubernetes or sql", sort } : { sort };
      const all = slugs(await search(q));
      const walked: string[] = [];
      let cursor: string | undefined;
      do {
        const page = await search(q, { pageSize: 2, cursor });
        walked.push(...slugs(page));
        cursor = page.nextCursor ?? undefined;
      } while (cursor);
      expect(walked, sort).toEqual(all);
    }
  });

  it("refuses a cursor from another sort or a forged one", async () => {
    const page = await search({ sort: "newest" }, { pageSize: 2 });
    await expect(search({ sort: "price_asc" }, { pageSize: 2, cursor: page.nextCursor! })).rejects.toThrow(InvalidCursorError);
    await expect(search({ sort: "newest" }, { pageSize: 2, cursor: "not-a-cursor" })).rejects.toThrow(InvalidCursorError);
  });
});

describe("type-ahead", () => {
  it("suggests courses and skills from a prefix", async () => {
    const s = await suggestCatalog(t.db, "kube");
    expect(s.skills.map((x) => x.slug)).toEqual(["kubernetes"]);
    expect(s.courses[0]?.slug).toBe("kubernetes-in-production");
    expect(await suggestCatalog(t.db, "&&")).toEqual({ courses: [], skills: [] });
  });
});
