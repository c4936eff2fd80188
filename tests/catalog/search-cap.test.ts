// The search cap: counts, facets and relevance ranking look at no more than `cap`
// matches. A small cap is injected so a handful of courses exercise it.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parseCatalogQuery } from "@/lib/catalog/catalog-params";
import { searchCourses, type SearchInput } from "@/lib/catalog/search-courses";
import { makeCourse, makeProvider, makeSkill } from "../support/fixtures";
import { createTestDb, type TestDb } from "../support/test-db";

let t: TestDb;
const day = 86_400_000;
const now = Date.now();
const CAP = 4;

const search = (raw: Record<string, string>, extra: Partial<SearchInput> = {}) =>
  searchCourses(t.db, { ...parseCatalogQuery(raw), pageSize: 50, withFacets: true, cap: CAP, ...extra });
const slugs = (r: { items: { slug: string }[] }) => r.items.map((c) => c.slug);

async function walk(raw: Record<string, string>, pageSize: number, cap = CAP) {
  const walked: string[] = [];
  let cursor: string | undefined;
  do {
    const page = await search(raw, { pageSize, cursor, cap });
    walked.push(...slugs(page));
    cursor = page.nextCursor ?? undefined;
  } while (cursor);
  return walked;
}

// Nine Kubernetes courses. Popularity (enrollments) decides which are the candidates
// that relevance ranks; "k8s-best-match" has the word in its title but no enrollments.
const kubernetes = [
  { slug: "k8s-best-match", title: "Kubernetes Kubernetes", enrollmentCount: 0, level: "advanced", priceAmount: 0 },
  { slug: "k8s-pop-9", title: "Clusters at work", summary: "kubernetes", enrollmentCount: 900, level: "beginner", priceAmount: 1900 },
  { slug: "k8s-pop-8", title: "Kubernetes for Teams", enrollmentCount: 800, level: "beginner", priceAmount: 0 },
  { slug: "k8s-pop-7", title: "Pods and services", description: "Mentions kubernetes once.", enrollmentCount: 700, level: "intermediate", priceAmount: 2900 },
  { slug: "k8s-pop-6", title: "Kubernetes in Practice", enrollmentCount: 600, level: "advanced", priceAmount: 4900 },
  { slug: "k8s-pop-5", title: "Operators", summary: "kubernetes operators", enrollmentCount: 500, level: "advanced", priceAmount: 0 },
  { slug: "k8s-pop-4", title: "Helm charts", summary: "kubernetes packaging", enrollmentCount: 400, level: "beginner", priceAmount: 9900 },
  { slug: "k8s-pop-3", title: "Kubernetes Security", enrollmentCount: 300, level: "intermediate", priceAmount: 1900 },
  { slug: "k8s-pop-2", title: "Service meshes", summary: "kubernetes networking", enrollmentCount: 200, level: "advanced", priceAmount: 2900 },
] as const;

beforeAll(async () => {
  t = await createTestDb();
  const acme = await makeProvider(t.db, { slug: "acme", name: "Acme" });
  const k8s = await makeSkill(t.db, { slug: "kubernetes", name: "Kubernetes" });
  for (const [i, c] of kubernetes.entries()) {
    await makeCourse(t.db, acme.id, { ...c, skillIds: [k8s.id], durationMinutes: 60 + i * 60, publishedAt: new Date(now - (i + 1) * day) });
  }
  await makeCourse(t.db, acme.id, { slug: "sql-basics", title: "SQL Basics", durationMinutes: 90, publishedAt: new Date(now) });
});
afterAll(async () => t?.close());

describe("capped totals", () => {
  it("counts exactly up to the cap and says when there are more", async () => {
    expect(await search({ q: "kubernetes" }, { cap: 100 })).toMatchObject({ total: 9, totalCapped: false });
    expect(await search({ q: "kubernetes" }, { cap: 9 })).toMatchObject({ total: 9, totalCapped: false });
    expect(await search({ q: "kubernetes" }, { cap: 8 })).toMatchObject({ total: 8, totalCapped: true });
    expect(await search({ q: "kubernetes", level: "advanced" })).toMatchObject({ total: 4, totalCapped: false });
    expect(await search({})).toMatchObject({ total: CAP, totalCapped: true });
  });

  it("ends page numbers at the cap", async () => {
    const r = await search({ q: "kubernetes" }, { pageSize: 3, page: 99 });
    expect(r).toMatchObject({ total: CAP, totalCapped: true, pageCount: 2, page: 2 });
    expect(r.items).toHaveLength(3); // a full last page, filled from past the cap
  });
});

describe("capped facets", () => {
  it("counts each facet over its first cap matches, as lower bounds, and flags it", async () => {
    const exact = (await search({ q: "kubernetes" }, { cap: 100 })).facets!;
    const capped = (await search({ q: "kubernetes" })).facets!;
    for (const name of ["level", "price", "duration", "language", "provider", "skill"] as const) {
      expect(exact[name].every((v) => !v.capped), name).toBe(true);
      expect(capped[name].every((v) => v.capped), name).toBe(true);
      const sum = capped[name].reduce((s, v) => s + v.count, 0);
      if (name !== "skill") expect(sum, name).toBe(CAP); // every course has one value
      for (const v of capped[name]) {
        expect(v.count, `${name}=${v.value}`).toBeLessThanOrEqual(exact[name].find((e) => e.value === v.value)?.count ?? 0);
      }
    }
    expect(exact.level.map((v) => v.count)).toEqual([3, 2, 4]);
  });

  it("is exact for a facet whose own sample fits under the cap", async () => {
    // Levels are counted without the level filter (9 matches: capped); prices with it (4: exact).
    const f = (await search({ q: "kubernetes", level: "advanced" })).facets!;
    expect(f.level.every((v) => v.capped)).toBe(true);
    expect(f.price).toEqual([
      { value: "free", label: "Free", count: 2, capped: false },
      { value: "paid", label: "Paid", count: 2, capped: false },
    ]);
  });
});

describe("relevance over candidates", () => {
  const popular = ["k8s-pop-9", "k8s-pop-8", "k8s-pop-7", "k8s-pop-6", "k8s-pop-5", "k8s-pop-4", "k8s-pop-3", "k8s-pop-2", "k8s-best-match"];

  it("ranks every match when they fit under the cap", async () => {
    expect(slugs(await search({ q: "kubernetes" }, { cap: 100 }))[0]).toBe("k8s-best-match");
  });

  it("ranks the cap most popular matches, then lists the rest by popularity", async () => {
    const r = slugs(await search({ q: "kubernetes" }));
    const ranked = r.slice(0, CAP);
    expect([...ranked].sort()).toEqual(popular.slice(0, CAP).sort());
    expect(ranked.slice(0, 2).sort()).toEqual(["k8s-pop-6", "k8s-pop-8"]); // titles outrank summaries and descriptions
    expect(ranked.slice(2)).toEqual(["k8s-pop-9", "k8s-pop-7"]); // summary (C) above description (D)
    expect(r.slice(CAP)).toEqual(popular.slice(CAP));
  });

  it("walks every sort with cursors past the cap without gaps or repeats", async () => {
    for (const sort of ["relevance", "newest", "price_asc", "price_desc", "rating", "popular"]) {
      const q = { q: "kubernetes", sort };
      const all = slugs(await search(q));
      expect(all, sort).toHaveLength(9);
      for (const pageSize of [1, 2, 3, 4, 5]) expect(await walk(q, pageSize), `${sort}/${pageSize}`).toEqual(all);
    }
  });

  it("keeps the other sorts' order whatever the cap", async () => {
    for (const sort of ["newest", "price_asc", "price_desc", "rating", "popular"]) {
      expect(slugs(await search({ q: "kubernetes", sort })), sort).toEqual(slugs(await search({ q: "kubernetes", sort }, { cap: 100 })));
    }
  });

  it("walks from offset pages into cursors across the cap", async () => {
    const all = slugs(await search({ q: "kubernetes" }));
    const first = await search({ q: "kubernetes" }, { pageSize: 3 });
    const rest = await search({ q: "kubernetes" }, { pageSize: 50, cursor: first.nextCursor! });
    expect([...slugs(first), ...slugs(rest)]).toEqual(all);
  });
});
