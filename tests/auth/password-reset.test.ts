import { rmSync } from "node:fs";
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { users } from "@/db/schema";
import { loadSessionUser } from "@/lib/auth/load-session-user";
import { requestPasswordReset, resetPassword, RESET_TOKEN_TTL_MS } from "@/lib/auth/password-reset";
import { verifyCredentials } from "@/lib/auth/verify-credentials";
import { readOutbox } from "@/lib/mail/read-outbox";
import { drainJobs } from "@/lib/jobs/run-jobs";
import { createTestDb, type TestDb } from "../support/test-db";
import { makeUser } from "../support/users";

const outbox = `.data/test-outbox-${process.pid}`;
process.env.MAIL_OUTBOX_DIR = outbox;

let t: TestDb;
beforeAll(async () => {
  t = await createTestDb();
});
afterAll(async () => {
  await t?.close();
  rmSync(outbox, { recursive: true, force: true });
});

async function latestResetToken(email: string): Promise<string> {
  await drainJobs(t.db); // the mail is queued with the token
  const mail = (await readOutbox(outbox)).find((m) => m.to === email && /Reset your/.test(m.subject));
  const token = /token=([\w-]+)/.exec(mail?.text ?? "")?.[1];
  if (!token) throw new Error("no reset mail");
  return token;
}

describe("password reset", () => {
  it("mails a link that works once, changes the password and ends old sessions", async () => {
    const user = await makeUser(t.db, { email: "reset@example.test", password: "old-password-1" });
    await requestPasswordReset(t.db, { email: "reset@example.test", appUrl: "http://app.test" });
    const token = await latestResetToken("reset@example.test");

    const results = await Promise.all([
      resetPassword(t.db, { token, password: "new-password-2" }),
      resetPassword(t.db, { token, password: "other-password-3" }),
    ]);
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    expect(await resetPassword(t.db, { token, password: "again-password-4" })).toEqual({ ok: false, reason: "invalid_or_expired" });

    const ip = "9.9.9.9";
    const winner = results[0]!.ok ? "new-password-2" : "other-password-3";
    expect((await verifyCredentials(t.db, { email: "reset@example.test", password: winner, ip })).ok).toBe(true);
    expect((await verifyCredentials(t.db, { email: "reset@example.test", password: "old-password-1", ip })).ok).toBe(false);
    expect(await loadSessionUser(t.db, { userId: user.id, sessionVersion: 1 })).toBeNull();
    expect(await loadSessionUser(t.db, { userId: user.id, sessionVersion: 2 })).not.toBeNull();
  });

  it("refuses an expired token", async () => {
    await makeUser(t.db, { email: "late@example.test", password: "old-password-1" });
    const issued = new Date("2026-03-01T10:00:00Z");
    await requestPasswordReset(t.db, { email: "late@example.test", appUrl: "http://app.test", now: issued });
    const token = await latestResetToken("late@example.test");
    const tooLate = new Date(issued.getTime() + RESET_TOKEN_TTL_MS + 1);
    expect(await resetPassword(t.db, { token, password: "new-password-2", now: tooLate })).toEqual({ ok: false, reason: "invalid_or_expired" });
  });

  it("sends nothing for an unknown email and confirms the email of a reset account", async () => {
    const before = (await readOutbox(outbox)).length;
    await requestPasswordReset(t.db, { email: "ghost@example.test", appUrl: "http://app.test" });
    await drainJobs(t.db);
    expect((await readOutbox(outbox)).length).toBe(before);

    const user = await makeUser(t.db, { email: "unverified@example.test", emailVerified: null });
    await requestPasswordReset(t.db, { email: "unverified@example.test", appUrl: "http://app.test" });
    expect((await resetPassword(t.db, { token: await latestResetToken("unverified@example.test"), password: "fresh-password-1" })).ok).toBe(true);
    const [row] = await t.db.select({ emailVerified: users.emailVerified }).from(users).where(eq(users.id, user.id));
    expect(row!.emailVerified).not.toBeNull();
  });
});
