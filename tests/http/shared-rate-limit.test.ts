import { randomBytes } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openDb, type DbHandle } from "@/db/client";
import { env } from "@/lib/config/env";
import { sharedRedisClient } from "@/lib/cache/redis-cache.mjs";
import { consumeSharedLimit } from "@/lib/http/shared-rate-limit";
import { createTestDb, type TestDb } from "../support/test-db";

// Two app instances share nothing but the database (or Redis): a second handle on the
// same database stands in for the second instance wherever the driver allows one.
let t: TestDb;
let second: DbHandle | null = null;
beforeAll(async () => {
  t = await createTestDb();
  if (t.driver === "postgres") {
    const url = new URL(process.env.DATABASE_URL!);
    url.pathname = `/${t.name}`;
    second = await openDb({ url: url.toString(), poolMax: 2 });
  }
});
afterAll(async () => {
  await second?.close();
  await t?.close();
});

const rule = (name: string) => ({ name: `${name}-${randomBytes(4).toString("hex")}`, limit: 3, windowSeconds: 60 });

describe("shared limits without Redis (the database)", () => {
  it("counts hits from both instances against one budget", async () => {
    const r = rule("db");
    const instances = [t.db, second?.db ?? t.db];
    const results = [];
    for (let i = 0; i < 5; i++) results.push(await consumeSharedLimit(instances[i % 2]!, r, "203.0.113.7"));
    expect(results.map((x) => x.allowed)).toEqual([true, true, true, false, false]);
    expect(results[3]!.retryAfterSeconds).toBeGreaterThan(0);
    expect((await consumeSharedLimit(t.db, r, "203.0.113.8")).allowed).toBe(true); // another client has its own budget
  });

  it("is atomic under parallel hits", async () => {
    const r = rule("parallel");
    const results = await Promise.all(Array.from({ length: 10 }, (_, i) => consumeSharedLimit(i % 2 ? t.db : (second?.db ?? t.db), r, "198.51.100.1")));
    expect(results.filter((x) => x.allowed)).toHaveLength(3);
  });
});

describe("shared limits with Redis", () => {
  const config = env();
  const saved = { url: config.REDIS_URL, prefix: config.REDIS_KEY_PREFIX };
  beforeAll(() => {
    config.REDIS_URL = process.env.TEST_REDIS_URL ?? "redis://127.0.0.1:6379";
    config.REDIS_KEY_PREFIX = `microcred-test-${randomBytes(4).toString("hex")}`; // this run's keys only
  });
  afterAll(async () => {
    const client = await sharedRedisClient(config.REDIS_URL!);
    for await (const keys of client.scanIterator({ MATCH: `${config.REDIS_KEY_PREFIX}:*` })) if (keys.length) await client.del(keys);
    await client.quit();
    config.REDIS_URL = saved.url;
    config.REDIS_KEY_PREFIX = saved.prefix;
  });

  it("counts across instances in Redis", async () => {
    const r = rule("redis");
    const results = [];
    for (let i = 0; i < 5; i++) results.push(await consumeSharedLimit(i % 2 ? t.db : (second?.db ?? t.db), r, "192.0.2.1"));
    expect(results.map((x) => x.allowed)).toEqual([true, true, true, false, false]);
    const client = await sharedRedisClient(config.REDIS_URL!);
    expect(await client.get(`${config.REDIS_KEY_PREFIX}:limit:${r.name}:192.0.2.1`)).toBe("5");
  });
});
