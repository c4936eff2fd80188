import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { consumeRateLimit, consumeRateLimits } from "@/lib/auth/rate-limit";
import { createTestDb, type TestDb } from "../support/test-db";

let t: TestDb;
beforeAll(async () => {
  t = await createTestDb();
});
afterAll(async () => t?.close());

const rule = { limit: 3, windowSeconds: 60 };

describe("consumeRateLimit", () => {
  it("allows up to the limit in a window, then refuses with a retry time", async () => {
    const now = new Date("2026-01-01T00:00:00Z");
    const results = [];
    for (let i = 0; i < 5; i++) results.push(await consumeRateLimit(t.db, "k1", rule, new Date(now.getTime() + i * 1000)));
    expect(results.map((r) => r.allowed)).toEqual([true, true, true, false, false]);
    expect(results[3]!.retryAfterSeconds).toBe(57);
  });

  it("starts a new window once the old one has passed", async () => {
    const start = new Date("2026-01-01T00:00:00Z");
    for (let i = 0; i < 4; i++) await consumeRateLimit(t.db, "k2", rule, start);
    expect((await consumeRateLimit(t.db, "k2", rule, new Date(start.getTime() + 59_000))).allowed).toBe(false);
    const later = await consumeRateLimit(t.db, "k2", rule, new Date(start.getTime() + 61_000));
    expect(later).toMatchObject({ allowed: true, remaining: 2 });
  });

  it("counts every one of many parallel hits exactly once", async () => {
    const now = new Date();
    const results = await Promise.all(Array.from({ length: 20 }, () => consumeRateLimit(t.db, "k3", { limit: 5, windowSeconds: 60 }, now)));
    expect(results.filter((r) => r.allowed)).toHaveLength(5);
  });

  it("refuses when any of several limits is exhausted", async () => {
    const now = new Date();
    const a = { limit: 1, windowSeconds: 60 };
    const b = { limit: 10, windowSeconds: 60 };
    expect((await consumeRateLimits(t.db, [["ip:x", b], ["email:y", a]], now)).allowed).toBe(true);
    expect((await consumeRateLimits(t.db, [["ip:z", b], ["email:y", a]], now)).allowed).toBe(false);
  });
});
