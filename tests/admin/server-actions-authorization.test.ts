import { count } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { auditLog } from "@/db/schema";
import type { SessionUser } from "@/lib/auth/load-session-user";
import { makeProvider } from "../support/fixtures";
import { createTestDb, type TestDb } from "../support/test-db";
import { makeMember, makeUser, sessionUser } from "../support/users";

// The admin console's server actions, called as the framework would, with the
// signed-in user swapped per test: each one must stop anonymous users (sign in),
// learners and providers (403) before touching anything.
process.env.__NEXT_EXPERIMENTAL_AUTH_INTERRUPTS = "true"; // what experimental.authInterrupts sets in the app

let t: TestDb;
let current: SessionUser | null = null;
vi.mock("@/lib/auth/current-user", () => ({ getCurrentUser: async () => current }));
vi.mock("@/db", () => ({ getDb: async () => t.db }));
vi.mock("next/cache", () => ({ revalidatePath: () => {}, revalidateTag: () => {}, unstable_cache: (fn: unknown) => fn }));

const { setUserSuspensionAction, setMembershipAction } = await import("@/app/admin/users/actions");
const { setProviderStatusAction, setProviderFeeAction } = await import("@/app/admin/providers/actions");
const { refundOrderAction } = await import("@/app/admin/orders/actions");
const { moderateReviewAction } = await import("@/app/admin/reviews/actions");
const { updateSettingsAction } = await import("@/app/admin/settings/actions");
const { decideApplicationAction } = await import("@/app/admin/actions");
const { retryJobAction } = await import("@/app/admin/jobs/actions");

let roles: Record<"learner" | "provider" | "admin", SessionUser>;
let targetUserId: string;
let providerId: string;
beforeAll(async () => {
  t = await createTestDb();
  const provider = await makeProvider(t.db);
  providerId = provider.id;
  const member = await makeUser(t.db);
  await makeMember(t.db, member.id, provider.id);
  roles = {
    learner: await sessionUser(t.db, (await makeUser(t.db)).id),
    provider: await sessionUser(t.db, member.id),
    admin: await sessionUser(t.db, (await makeUser(t.db, { isAdmin: true })).id),
  };
  targetUserId = (await makeUser(t.db)).id;
});
afterAll(async () => {
  await t?.close();
});

const form = (fields: Record<string, string>) => {
  const data = new FormData();
  for (const [k, v] of Object.entries(fields)) data.set(k, v);
  return data;
};
const idle = { status: "idle" } as const;
const zero = "00000000-0000-4000-8000-000000000000";
const actions = () =>
  [
    ["suspend a user", () => setUserSuspensionAction(idle, form({ userId: targetUserId, decision: "suspend", reason: "Testing the guard" }))],
    ["grant a membership", () => setMembershipAction(idle, form({ userId: targetUserId, change: "grant", providerId, role: "editor" }))],
    ["suspend a provider", () => setProviderStatusAction(idle, form({ providerId, decision: "suspend", reason: "Testing the guard" }))],
    ["override a provider's fee", () => setProviderFeeAction(idle, form({ providerId, feePercent: "5", reason: "Testing the guard" }))],
    ["refund an order", () => refundOrderAction(idle, form({ orderId: zero, amount: "", digits: "2", reason: "Testing the guard" }))],
    ["remove a review", () => moderateReviewAction(idle, form({ reviewId: zero, decision: "remove", reason: "Testing the guard" }))],
    ["change settings", () => updateSettingsAction(idle, form({ platformFeePercent: "1", refundWindowDays: "1", checkoutExpiryMinutes: "60", reason: "Testing the guard" }))],
    ["decide an application", () => decideApplicationAction(idle, form({ applicationId: zero, decision: "approve" }))],
    ["retry a failed job", () => retryJobAction(idle, form({ kind: "mail-send", jobId: zero }))],
  ] as const;

async function auditCount() {
  return (await t.db.select({ n: count() }).from(auditLog))[0]!.n;
}

describe("admin server actions refuse everyone but admins", () => {
  for (const [name] of actions()) {
    it(name, async () => {
      const call = actions().find(([n]) => n === name)![1];
      const before = await auditCount();
      current = null;
      await expect(call()).rejects.toMatchObject({ digest: expect.stringMatching(/^NEXT_REDIRECT;.*\/signin\?callbackUrl=%2Fadmin/) });
      for (const role of ["learner", "provider"] as const) {
        current = roles[role];
        await expect(call()).rejects.toMatchObject({ digest: "NEXT_HTTP_ERROR_FALLBACK;403" });
      }
      expect(await auditCount()).toBe(before);
    });
  }

  it("an admin gets through, with bad input refused and nothing written", async () => {
    current = roles.admin;
    const before = await auditCount();
    expect(await updateSettingsAction(idle, form({ platformFeePercent: "150", refundWindowDays: "-1", checkoutExpiryMinutes: "5", reason: "x" }))).toMatchObject({
      status: "error",
      fieldErrors: { platformFeePercent: expect.any(String), refundWindowDays: expect.any(String), checkoutExpiryMinutes: expect.any(String), reason: expect.any(String) },
    });
    expect(await auditCount()).toBe(before);
    expect(await setProviderFeeAction(idle, form({ providerId, feePercent: "12.5", reason: "Launch partner" }))).toMatchObject({ status: "success" });
    expect(await auditCount()).toBe(before + 1);
    expect(await setUserSuspensionAction(idle, form({ userId: roles.admin.id, decision: "suspend", reason: "Suspending myself" }))).toEqual({
      status: "error",
      message: "You cannot suspend yourself.",
    });
  });
});
