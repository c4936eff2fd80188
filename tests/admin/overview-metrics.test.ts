import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { eq } from "drizzle-orm";
import { credentials, enrollments, orders, refunds } from "@/db/schema";
import type { SessionUser } from "@/lib/auth/load-session-user";
import { ForbiddenError } from "@/lib/auth/policy";
import { loadOverview, readOverviewCharts, readOverviewMetrics } from "@/lib/admin/overview-metrics";
import { resolvePeriod } from "@/lib/admin/overview-period";
import { issueCredential } from "@/lib/credentials/issue-credential";
import { revokeCredential } from "@/lib/credentials/revoke-credential";
import { makeCourse, makeProvider } from "../support/fixtures";
import { createTestDb, type TestDb } from "../support/test-db";
import { makeUser, sessionUser } from "../support/users";

// A small dataset with answers worked out by hand. The period is 1–10 March 2026
// (custom, both days included); the previous period is the ten days before it.
let t: TestDb;
const period = resolvePeriod({ period: "custom", from: "2026-03-01", to: "2026-03-10" }).period;
const at = (iso: string) => new Date(iso);

beforeAll(async () => {
  t = await createTestDb();
  const old = at("2025-01-01T00:00:00Z"); // people who buy and learn, but are not "new" in either period
  const provider = await makeProvider(t.db);
  const course = async () => makeCourse(t.db, provider.id, { priceAmount: 4900 });
  const buyer = async () => makeUser(t.db, { createdAt: old });
  const paid = async (paidAt: string, amount: number, currency: string, status: "paid" | "refunded" = "paid") => {
    const [order] = await t.db
      .insert(orders)
      .values({
        userId: (await buyer()).id,
        courseId: (await course()).id,
        providerId: provider.id,
        amount,
        currency,
        platformFeeBps: 2000,
        platformFeeAmount: amount / 5,
        refundedAmount: status === "refunded" ? amount : 0,
        status,
        paidAt: at(paidAt),
        createdAt: at(paidAt),
      })
      .returning();
    return order!;
  };
  await paid("2026-03-02T10:00:00Z", 4900, "USD");
  const refunded = await paid("2026-03-05T10:00:00Z", 2000, "USD", "refunded");
  await paid("2026-03-10T23:59:00Z", 2900, "GBP"); // last minute of the period
  await paid("2026-03-11T00:00:00Z", 1000, "USD"); // first minute after it: in neither period
  await paid("2026-02-25T12:00:00Z", 1000, "USD"); // previous period
  // An abandoned checkout is no sale.
  await t.db.insert(orders).values({
    userId: (await buyer()).id,
    courseId: (await course()).id,
    providerId: provider.id,
    amount: 4900,
    currency: "USD",
    platformFeeBps: 2000,
    platformFeeAmount: 980,
    status: "expired",
    createdAt: at("2026-03-03T00:00:00Z"),
  });
  await t.db.insert(refunds).values([
    { orderId: refunded.id, stripeRefundId: "re_known_1", amount: 2000, currency: "usd".toUpperCase(), status: "succeeded", createdAt: at("2026-03-06T00:00:00Z") },
    { orderId: refunded.id, stripeRefundId: "re_known_2", amount: 500, currency: "USD", status: "pending", createdAt: at("2026-03-07T00:00:00Z") },
  ]);

  // New learners: two in the period, one before it; admins are not learners.
  await makeUser(t.db, { createdAt: at("2026-03-01T00:00:00Z") });
  await makeUser(t.db, { createdAt: at("2026-03-08T00:00:00Z") });
  await makeUser(t.db, { createdAt: at("2026-03-02T00:00:00Z"), isAdmin: true });
  await makeUser(t.db, { createdAt: at("2026-02-20T00:00:00Z") });

  // Enrollments: three started in the period (two of them completed, one only after it),
  // one started before it and completed on its first day.
  const enroll = async (createdAt: string, completedAt: string | null) =>
    t.db.insert(enrollments).values({ userId: (await buyer()).id, courseId: (await course()).id, source: "free", createdAt: at(createdAt), completedAt: completedAt ? at(completedAt) : null });
  await enroll("2026-03-02T00:00:00Z", "2026-03-04T00:00:00Z");
  await enroll("2026-03-03T00:00:00Z", null);
  await enroll("2026-03-04T00:00:00Z", "2026-03-12T00:00:00Z");
  await enroll("2026-02-20T00:00:00Z", "2026-03-01T09:00:00Z");

  // Credentials: two issued in the period, one of them revoked in it; one issued before it.
  const credentialCourse = await course();
  const issue = async (now: string) => {
    const result = await issueCredential(t.db, { userId: (await buyer()).id, courseId: credentialCourse.id, enrollmentId: null, appUrl: "http://localhost:3000", now: at(now) });
    if (!("credentialId" in result)) throw new Error(result.skipped);
    return result.credentialId;
  };
  await issue("2026-03-03T12:00:00Z");
  const revoked = await issue("2026-03-04T12:00:00Z");
  await issue("2026-02-27T12:00:00Z");
  await revokeCredential(t.db, { credentialId: revoked, actorId: null, reason: "issued in error", appUrl: "http://localhost:3000" });
  await t.db.update(credentials).set({ revokedAt: at("2026-03-09T08:00:00Z") }).where(eq(credentials.id, revoked));
});
afterAll(async () => {
  await t?.close();
});

describe("overview metrics", () => {
  it("match the hand-computed answers, with the previous period for the change", async () => {
    const metrics = Object.fromEntries((await readOverviewMetrics(t.db, period)).map((m) => [m.key, { current: m.current, previous: m.previous }]));
    expect(metrics).toEqual({
      gross: { current: { USD: 6900, GBP: 2900 }, previous: { USD: 1000 } },
      fees: { current: { USD: 1380, GBP: 580 }, previous: { USD: 200 } },
      refunds: { current: { USD: 2000 }, previous: {} },
      net: { current: { USD: 4900, GBP: 2900 }, previous: { USD: 1000 } },
      orders: { current: 3, previous: 1 },
      newLearners: { current: 2, previous: 1 },
      enrollments: { current: 3, previous: 1 },
      completions: { current: 2, previous: 0 },
      completionRate: { current: 66.7, previous: 100 },
      credentialsIssued: { current: 2, previous: 1 },
      credentialsRevoked: { current: 1, previous: 0 },
    });
  });

  it("charts each day of the period, gaps filled, money per currency", async () => {
    const charts = await readOverviewCharts(t.db, period);
    expect(charts.map((c) => c.title)).toEqual(["Gross sales", "New learners", "Enrollments and completions", "Credentials issued and revoked"]);
    const sales = charts[0]!;
    expect(sales.points).toHaveLength(10);
    expect(sales.series.sort()).toEqual(["Gross sales (GBP)", "Gross sales (USD)"]);
    expect(sales.points.find((p) => p.bucket === "2026-03-02")).toMatchObject({ "Gross sales (USD)": 4900, "Gross sales (GBP)": 0 });
    expect(sales.points.find((p) => p.bucket === "2026-03-10")).toMatchObject({ "Gross sales (GBP)": 2900 });
    const learning = charts[2]!;
    expect(learning.points.reduce((sum, p) => sum + Number(p.Enrollments), 0)).toBe(3);
    expect(learning.points.find((p) => p.bucket === "2026-03-01")).toMatchObject({ Enrollments: 0, Completions: 1 });
    const credentialChart = charts[3]!;
    expect(credentialChart.points.find((p) => p.bucket === "2026-03-04")).toMatchObject({ "Credentials issued": 1, "Credentials revoked": 0 });
    expect(credentialChart.points.find((p) => p.bucket === "2026-03-09")).toMatchObject({ "Credentials issued": 0, "Credentials revoked": 1 });
  });

  it("presets end today and a long custom period is charted by week", () => {
    const now = at("2026-11-28T15:00:00Z");
    const week = resolvePeriod({ period: "7" }, now).period;
    expect([week.from.toISOString(), week.to.toISOString(), week.previousFrom.toISOString()]).toEqual([
      "2026-11-22T00:00:00.000Z",
      "2026-11-29T00:00:00.000Z",
      "2026-11-15T00:00:00.000Z",
    ]);
    expect(resolvePeriod({ period: "custom", from: "2026-01-01", to: "2026-12-31" }).period.bucket).toBe("week");
    const bad = resolvePeriod({ period: "custom", from: "2026-03-10", to: "2026-03-01" }, now);
    expect(bad.error).toMatch(/start must not be after the end/);
    expect(bad.period.preset).toBe("30");
  });

  it("is for admins only", async () => {
    const learner = await sessionUser(t.db, (await makeUser(t.db)).id);
    for (const actor of [null, learner] as (SessionUser | null)[]) {
      await expect(loadOverview(t.db, { actor, period })).rejects.toThrow(ForbiddenError);
    }
    const admin = await sessionUser(t.db, (await makeUser(t.db, { isAdmin: true })).id);
    expect((await loadOverview(t.db, { actor: admin, period })).charts).toHaveLength(4);
  });
});
