import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { users } from "@/db/schema";
import { hashPassword, passwordSchema, verifyPassword } from "@/lib/auth/passwords";
import { registerUser } from "@/lib/auth/register-user";
import { verifyCredentials } from "@/lib/auth/verify-credentials";
import { createTestDb, type TestDb } from "../support/test-db";
import { makeUser } from "../support/users";

let t: TestDb;
beforeAll(async () => {
  t = await createTestDb();
});
afterAll(async () => t?.close());

describe("passwords", () => {
  it("hashes with argon2id and verifies", async () => {
    const hash = await hashPassword("correct horse 1");
    expect(hash).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
    expect(await verifyPassword(hash, "correct horse 1")).toBe(true);
    expect(await verifyPassword(hash, "correct horse 2")).toBe(false);
    expect(await verifyPassword("not-a-hash", "x")).toBe(false);
  });

  it("enforces the policy with clear messages", () => {
    expect(passwordSchema.safeParse("short1").error?.issues[0]?.message).toBe("Password must be at least 10 characters");
    expect(passwordSchema.safeParse("onlyletterslong").error?.issues[0]?.message).toBe("Password needs at least one digit or symbol");
    expect(passwordSchema.safeParse("1234567890").error?.issues[0]?.message).toBe("Password needs at least one letter");
    expect(passwordSchema.safeParse("a-good-password").success).toBe(true);
  });
});

describe("sign-up and credentials", () => {
  it("registers once per email, case-insensitively, unconfirmed", async () => {
    expect(await registerUser(t.db, { name: "A", email: "case@example.test", password: "a-good-password-1" })).toEqual({ created: true });
    expect(await registerUser(t.db, { name: "B", email: "case@example.test", password: "other-password-2" })).toEqual({ created: false });
    const [row] = await t.db.select().from(users).where(eq(users.email, "case@example.test"));
    expect(row!.name).toBe("A");
    expect(row!.emailVerified).toBeNull();
    expect(row!.isAdmin).toBe(false);
  });

  it("gives the same answer for unknown email, wrong password, unconfirmed and suspended accounts", async () => {
    const ok = await makeUser(t.db, { email: "ok@example.test", password: "right-password-1" });
    await makeUser(t.db, { email: "unconfirmed@example.test", password: "right-password-1", emailVerified: null });
    await makeUser(t.db, { email: "suspended@example.test", password: "right-password-1", suspendedAt: new Date() });
    const attempt = (email: string, password: string, ip = "1.1.1.1") => verifyCredentials(t.db, { email, password, ip });

    const success = await attempt(" OK@Example.test ", "right-password-1");
    expect(success).toMatchObject({ ok: true, user: { id: ok.id, email: "ok@example.test" } });
    for (const [email, password] of [
      ["nobody@example.test", "right-password-1"],
      ["ok@example.test", "wrong-password-1"],
      ["unconfirmed@example.test", "right-password-1"],
      ["suspended@example.test", "right-password-1"],
      ["not an email", "x"],
    ] as const) {
      expect(await attempt(email, password)).toEqual({ ok: false, reason: "invalid" });
    }
  });

  it("rate-limits guesses per email even from many addresses", async () => {
    await makeUser(t.db, { email: "target@example.test", password: "right-password-1" });
    const results = [];
    for (let i = 0; i < 10; i++) results.push(await verifyCredentials(t.db, { email: "target@example.test", password: "guess", ip: `10.0.0.${i}` }));
    expect(results.slice(0, 8).every((r) => !r.ok && r.reason === "invalid")).toBe(true);
    expect(results.slice(8).every((r) => !r.ok && r.reason === "rate_limited")).toBe(true);
    // Even the right password is refused while the limit holds.
    expect(await verifyCredentials(t.db, { email: "target@example.test", password: "right-password-1", ip: "10.0.1.1" })).toEqual({
      ok: false,
      reason: "rate_limited",
    });
  });
});
