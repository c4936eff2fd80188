import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { credentials, users } from "@/db/schema";
import { seedDemo } from "@/db/seed/demo";
import { verifyCredentialDocument } from "@/lib/credentials/verify-credential";
import { createTestDb, type TestDb } from "../support/test-db";

let t: TestDb;
beforeAll(async () => {
  t = await createTestDb();
});
afterAll(async () => t?.close());

describe("demo seed", () => {
  it("gives the demo learner one valid and one revoked credential, once", async () => {
    await seedDemo(t.db);
    await seedDemo(t.db);
    const rows = await t.db.select({ credential: credentials }).from(credentials).innerJoin(users, eq(users.id, credentials.userId)).where(eq(users.email, "learner@microcred.test"));
    expect(rows).toHaveLength(2);
    const outcomes = await Promise.all(rows.map((r) => verifyCredentialDocument(t.db, JSON.parse(r.credential.document), { appUrl: "http://localhost:3000" })));
    expect(outcomes.map((o) => o.outcome).sort()).toEqual(["revoked", "valid"]);
    expect(outcomes.find((o) => o.outcome === "revoked")!.revocationReason).toMatch(/academic-integrity/);
  });
});
