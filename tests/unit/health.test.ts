import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Db } from "@/db";
import { checkHealth } from "@/lib/health/check-health";
import { createTestDb, type TestDb } from "../support/test-db";

let t: TestDb;
beforeAll(async () => {
  t = await createTestDb();
});
afterAll(async () => t?.close());

describe("checkHealth", () => {
  it("reports ok when the database answers", async () => {
    expect(await checkHealth(async () => t.db)).toEqual({ status: "ok", db: "ok" });
  });

  it("reports the database down when it cannot connect", async () => {
    expect(await checkHealth(() => Promise.reject(new Error("ECONNREFUSED")))).toEqual({ status: "degraded", db: "down" });
  });

  it("gives up on a database that hangs", async () => {
    const hanging = { execute: () => new Promise(() => {}) } as unknown as Db;
    expect(await checkHealth(async () => hanging, 50)).toEqual({ status: "degraded", db: "down" });
  });
});
