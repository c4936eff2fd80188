// Oversized and malformed input on every public route: each answer is a 4xx (never a
// 500), and nothing is written.
import { randomUUID } from "node:crypto";
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, inject, it } from "vitest";
import { Client, withoutWrites, type Reply } from "./support";

const client = new Client("127.0.0.30");
const big = (bytes: number) => Buffer.alloc(bytes, "a");
const origin = () => new URL(inject("baseUrl")).origin;

async function attack(name: string, run: () => Promise<Reply>, expected: number | number[]) {
  const { result, before, after } = await withoutWrites(run);
  const allowed = Array.isArray(expected) ? expected : [expected];
  expect({ name, status: allowed.includes(result.status) ? "as expected" : result.status }).toEqual({ name, status: "as expected" });
  expect({ name, tables: after }).toEqual({ name, tables: before });
  return result;
}

describe("POST /api/stripe/webhook", () => {
  it("refuses oversized, unsigned, badly signed and malformed bodies", async () => {
    await attack("600 kB", () => client.send("POST", "/api/stripe/webhook", { headers: { "stripe-signature": "t=1,v1=x" }, body: big(600 * 1024) }), 413);
    await attack("no signature", () => client.send("POST", "/api/stripe/webhook", { body: '{"id":"evt_1","type":"checkout.session.completed"}' }), 400);
    await attack("bad signature", () => client.send("POST", "/api/stripe/webhook", { headers: { "stripe-signature": "t=1,v1=deadbeef" }, body: "{" }), 400);
    await attack("not JSON", () => client.send("POST", "/api/stripe/webhook", { headers: { "stripe-signature": "garbage" }, body: "\u0000\u0001" }), 400);
  });
});

describe("Auth.js endpoints", () => {
  it("refuse a body over 64 kB and a post without its CSRF token", async () => {
    const form = { "content-type": "application/x-www-form-urlencoded" };
    await attack("sign-in 100 kB", () => client.send("POST", "/api/auth/callback/password", { headers: form, body: `email=a%40b.test&password=${"x".repeat(100 * 1024)}` }), 413);
    await attack("magic link 100 kB", () => client.send("POST", "/api/auth/signin/email", { headers: form, body: `email=${"x".repeat(100 * 1024)}` }), 413);
    const noCsrf = await attack("sign-in without CSRF", () => client.send("POST", "/api/auth/callback/password", { headers: form, body: "email=a%40b.test&password=x" }), 302);
    expect(String(noCsrf.headers.location)).toContain("error=MissingCSRF");
    await attack("magic link without CSRF", () => client.send("POST", "/api/auth/signin/email", { headers: form, body: "email=a%40b.test" }), 302);
  });
});

describe("server actions (form posts to pages)", () => {
  it("a body over the 3 MB action limit is a 413, not a 500", async () => {
    await attack("4 MB sign-up post", () => client.send("POST", "/signup", { headers: { origin: origin(), "content-type": "multipart/form-data; boundary=x", "next-action": "0".repeat(42) }, body: big(4 * 1024 * 1024) }), 413);
    // A script, without Origin: the size check still runs.
    await attack("4 MB post, no origin", () => client.send("POST", "/signup", { headers: { "content-type": "multipart/form-data; boundary=x" }, body: big(4 * 1024 * 1024) }), 413);
  });

  it("a cross-origin post is a 403, not a 500", async () => {
    await attack("cross-origin action", () => client.send("POST", "/signup", { headers: { origin: "https://evil.example", "content-type": "text/plain;charset=UTF-8", "next-action": "0".repeat(42) }, body: "[]" }), 403);
    await attack("null origin", () => client.send("POST", "/signin", { headers: { origin: "null", "content-type": "multipart/form-data; boundary=x" }, body: "--x--" }), 403);
  });

  it("an unknown action id is refused with a 4xx (Next.js answers 404 or 409)", async () => {
    await attack("unknown action", () => client.send("POST", "/signup", { headers: { origin: origin(), "content-type": "text/plain;charset=UTF-8", "next-action": "7f".repeat(21) }, body: '["$K1"]' }), [400, 404, 409]);
  });
});

describe("query strings", () => {
  it("NUL bytes are a 400 on the APIs and ignored by the catalog page", async () => {
    await attack("api q=%00", () => client.get("/api/v1/courses?q=%00"), 400);
    await attack("suggest q=%00", () => client.get("/api/search/suggest?q=%00"), 400);
    await attack("catalog q=%00", () => client.get("/courses?q=%00"), 200);
    await attack("api slug %00", () => client.get("/api/v1/courses/%00"), [400, 404]);
    await attack("bad limit", () => client.get("/api/v1/courses?limit=abc"), 400);
    await attack("unknown parameter", () => client.get("/api/v1/courses?drop=table"), 400);
    await attack("bad cursor", () => client.get("/api/v1/courses?cursor=%00%00"), 400);
  });

  it("a query string longer than Node's header limit is a 431", async () => {
    await attack("20 kB q", () => client.get(`/courses?q=${"a".repeat(20 * 1024)}`), 431);
  });
});

describe("POST /api/v1/verify", () => {
  it("refuses an oversized body and malformed JSON", async () => {
    await attack("2 MB", () => client.send("POST", "/api/v1/verify", { headers: { "content-type": "application/json" }, body: big(2 * 1024 * 1024) }), 413);
    await attack("malformed JSON", () => client.send("POST", "/api/v1/verify", { headers: { "content-type": "application/json" }, body: '{"@context": [' }), 400);
  });
});

describe("GET /uploads/*", () => {
  it("serves only keys we hand out, with a sandbox CSP and no site CSP", async () => {
    await attack("traversal", () => client.get("/uploads/..%2F..%2Fpackage.json"), 404);
    await attack("svg key", () => client.get(`/uploads/course-cover/${randomUUID()}.svg`), 404);
    const key = `course-cover/${randomUUID()}.png`;
    const file = path.join(".data/uploads", ...key.split("/"));
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, Buffer.from("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==", "base64"));
    const reply = await client.get(`/uploads/${key}`);
    expect(reply.status).toBe(200);
    expect(reply.headers["content-security-policy"]).toBe("default-src 'none'; sandbox");
    expect(reply.headers["x-content-type-options"]).toBe("nosniff");
  });
});
