import { describe, expect, it } from "vitest";
import { parseApiCatalogQuery } from "@/lib/api/parse-api-query";
import { catalogHref, effectiveSort, parseCatalogQuery } from "@/lib/catalog/catalog-params";
import { cachedJson } from "@/lib/http/json-response";
import { createMemoryRateLimit } from "@/lib/http/memory-rate-limit";

const parse = (qs: string) => parseApiCatalogQuery(new URLSearchParams(qs));

describe("public API query validation", () => {
  it("accepts the catalog parameters with defaults", () => {
    const r = parse("q=sql&level=beginner,advanced&price=free&limit=5");
    expect(r).toMatchObject({ ok: true, query: { q: "sql", level: ["beginner", "advanced"], price: "free", limit: 5, facets: "false" } });
  });

  it("names each bad parameter and why", () => {
    const r = parse("level=expert&limit=500&price_min=10&price_max=5&colour=red&page=2&sort=cheapest");
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(Object.fromEntries(r.errors.map((e) => [e.parameter, e.message]))).toEqual({
      colour: "is not a known parameter",
      page: "is not a known parameter",
      level: "must be one of beginner, intermediate, advanced",
      limit: "must be at most 50",
      sort: "must be one of relevance, newest, rating, price_asc, price_desc, popular",
    });
    const range = parse("price_min=10&price_max=5");
    expect(range.ok ? [] : range.errors).toEqual([{ parameter: "price_max", message: "must not be less than price_min" }]);
  });
});

describe("catalog URLs", () => {
  it("round-trips a query through the URL, leaving defaults out", () => {
    const query = parseCatalogQuery({ q: "sql", skill: "sql,python", level: "beginner", page: "2", sort: "newest" });
    const href = catalogHref("/courses", query);
    expect(href).toBe("/courses?q=sql&skill=sql%2Cpython&level=beginner&sort=newest&page=2");
    expect(parseCatalogQuery(Object.fromEntries(new URL(href, "http://x").searchParams))).toEqual(query);
    expect(catalogHref("/courses", parseCatalogQuery({}))).toBe("/courses");
  });

  it("uses relevance only when there are words", () => {
    expect(effectiveSort({})).toBe("newest");
    expect(effectiveSort({ q: "sql" })).toBe("relevance");
    expect(effectiveSort({ sort: "relevance" })).toBe("newest");
    expect(effectiveSort({ q: "sql", sort: "price_asc" })).toBe("price_asc");
  });
});

describe("http helpers", () => {
  it("answers 304 to a matching If-None-Match", async () => {
    const first = cachedJson(new Request("http://x/"), { a: 1 }, { cacheControl: "public, max-age=60" });
    expect(first.status).toBe(200);
    const etag = first.headers.get("etag")!;
    const again = cachedJson(new Request("http://x/", { headers: { "If-None-Match": etag } }), { a: 1 }, { cacheControl: "public, max-age=60" });
    expect(again.status).toBe(304);
    const changed = cachedJson(new Request("http://x/", { headers: { "If-None-Match": etag } }), { a: 2 }, { cacheControl: "public, max-age=60" });
    expect(changed.status).toBe(200);
  });

  it("limits per key within a window", () => {
    const hit = createMemoryRateLimit({ limit: 2, windowMs: 1000 });
    expect([hit("a", 0).allowed, hit("a", 10).allowed, hit("a", 20).allowed, hit("b", 20).allowed]).toEqual([true, true, false, true]);
    expect(hit("a", 1000).allowed).toBe(true);
  });
});
