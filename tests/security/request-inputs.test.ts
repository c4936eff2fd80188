// Issue 15 §6 and §11: NUL bytes in queries are a 400 (API) or dropped (pages), not a
// 500; cross-origin posts are recognised; development's APP_URL follows its port.
import { describe, expect, it } from "vitest";
import { GET as suggest } from "@/app/api/search/suggest/route";
import { parseApiCatalogQuery } from "@/lib/api/parse-api-query";
import { parseCatalogQuery } from "@/lib/catalog/catalog-params";
import { parseEnv } from "@/lib/config/env";
import { formFields } from "@/lib/forms/form-state";
import { isCrossOriginPost } from "@/lib/request/cross-origin";
import { readLimitedText } from "@/lib/request/read-limited-body";

describe("NUL and control characters in queries", () => {
  it("the public API names q and why", () => {
    expect(parseApiCatalogQuery(new URLSearchParams("q=%00"))).toEqual({ ok: false, errors: [{ parameter: "q", message: "must not contain control characters" }] });
    expect(parseApiCatalogQuery(new URLSearchParams("q=sql%00injection"))).toMatchObject({ ok: false });
  });

  it("catalog pages drop the bad q and keep the rest, so a shared link still works", () => {
    const query = parseCatalogQuery({ q: "\u0000", level: "beginner" });
    expect(query.q).toBeUndefined();
    expect(query.level).toEqual(["beginner"]);
  });

  it("suggestions answer 400 before touching the database", async () => {
    const response = await suggest(new Request("http://localhost/api/search/suggest?q=%00", { headers: { "x-forwarded-for": "192.0.2.1" } }));
    expect(response.status).toBe(400);
  });

  it("form fields lose NUL characters before zod sees them", () => {
    const data = new FormData();
    data.set("name", "Ada\u0000 Lovelace");
    expect(formFields(data)).toEqual({ name: "Ada Lovelace" });
  });
});

describe("isCrossOriginPost", () => {
  const post = (headers: Record<string, string>, method = "POST") => isCrossOriginPost({ method, headers: new Headers(headers) });
  it("refuses another site's origin, a null origin and a broken one; lets same-origin and origin-less requests through", () => {
    expect(post({ origin: "https://evil.example", host: "microcred.test" })).toBe(true);
    expect(post({ origin: "null", host: "microcred.test" })).toBe(true);
    expect(post({ origin: "::", host: "microcred.test" })).toBe(true);
    expect(post({ origin: "https://microcred.test", host: "microcred.test" })).toBe(false);
    expect(post({ origin: "https://microcred.test", host: "internal:3000", "x-forwarded-host": "microcred.test" })).toBe(false);
    expect(post({ host: "microcred.test" })).toBe(false);
    expect(post({ origin: "https://evil.example", host: "microcred.test" }, "GET")).toBe(false);
  });
});

describe("readLimitedText", () => {
  it("refuses a body over the limit by its length header or by counting a chunked stream", async () => {
    expect(await readLimitedText(new Request("http://x", { method: "POST", body: "a".repeat(11) }), 10)).toBeNull();
    const stream = new ReadableStream({
      start(controller) {
        for (let i = 0; i < 5; i++) controller.enqueue(new TextEncoder().encode("abc"));
        controller.close();
      },
    });
    const chunked = new Request("http://x", { method: "POST", body: stream, duplex: "half" } as RequestInit);
    expect(await readLimitedText(chunked, 10)).toBeNull();
    expect(await readLimitedText(new Request("http://x", { method: "POST", body: "hello" }), 10)).toBe("hello");
  });
});

describe("APP_URL in development follows the port", () => {
  it("is derived from PORT when unset", () => {
    expect(parseEnv({ NODE_ENV: "development", PORT: "3400" }).APP_URL).toBe("http://localhost:3400");
    expect(parseEnv({ NODE_ENV: "production", PORT: "3400", AUTH_SECRET: "x".repeat(32) }).APP_URL).toBe("http://localhost:3400");
    expect(parseEnv({}).APP_URL).toBe("http://localhost:3000");
  });

  it("refuses to start on a mismatch, naming both ports", () => {
    expect(() => parseEnv({ NODE_ENV: "development", PORT: "3400", APP_URL: "http://localhost:3000" })).toThrow(
      /APP_URL: is http:\/\/localhost:3000 but this server runs on port 3400/,
    );
    // Behind a tunnel or a proxy the public address is deliberately different.
    expect(parseEnv({ NODE_ENV: "development", PORT: "3400", APP_URL: "https://dev.microcred.example" }).APP_URL).toBe("https://dev.microcred.example");
  });
});
