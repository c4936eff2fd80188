import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { auditLog, courses, enrollments, marketplaceSettings, providers, reviewReports, reviews, users } from "@/db/schema";
import { getOrderDetail } from "@/lib/admin/get-order-detail";
import { getUserDetail, listProviderChoices } from "@/lib/admin/get-user-detail";
import { listAuditLog } from "@/lib/admin/list-audit-log";
import { listProviders } from "@/lib/admin/list-providers";
import { listReportedReviews } from "@/lib/admin/list-reported-reviews";
import { keepReview, removeReview } from "@/lib/admin/moderate-review";
import { searchOrders, orderFiltersSchema } from "@/lib/admin/search-orders";
import { searchUsers } from "@/lib/admin/search-users";
import { setProviderFee } from "@/lib/admin/set-provider-fee";
import { grantProviderMembership, removeProviderMembership } from "@/lib/admin/set-provider-membership";
import { reinstateProvider, suspendProvider } from "@/lib/admin/set-provider-status";
import { reinstateUser, suspendUser } from "@/lib/admin/suspend-user";
import { updateMarketplaceSettings } from "@/lib/admin/update-marketplace-settings";
import { loadSessionUser, type SessionUser } from "@/lib/auth/load-session-user";
import { ForbiddenError } from "@/lib/auth/policy";
import { maySignIn } from "@/lib/auth/may-sign-in";
import { verifyCredentials } from "@/lib/auth/verify-credentials";
import { parseCatalogQuery } from "@/lib/catalog/catalog-params";
import { searchCourses } from "@/lib/catalog/search-courses";
import { getCourseAccess } from "@/lib/enrollments/get-course-access";
import { issueCredential } from "@/lib/credentials/issue-credential";
import { revokeCredential } from "@/lib/credentials/revoke-credential";
import { refundOrder } from "@/lib/payments/refund-order";
import { getMarketplaceSettings } from "@/lib/settings/get-marketplace-settings";
import { checkoutAs, makePaidCourseSetup, orderById } from "../payments/payment-fixtures";
import { makeCourse, makeProvider } from "../support/fixtures";
import { startStripeStandIn, type StandIn } from "../support/stripe-stand-in";
import { createTestDb, type TestDb } from "../support/test-db";
import { makeMember, makeUser, sessionUser } from "../support/users";

let t: TestDb;
let s: StandIn;
let admin: SessionUser;
let learner: SessionUser;
let providerMember: SessionUser;

beforeAll(async () => {
  t = await createTestDb();
  s = await startStripeStandIn(t.db);
  admin = await sessionUser(t.db, (await makeUser(t.db, { isAdmin: true, email: "boss@example.test" })).id);
  learner = await sessionUser(t.db, (await makeUser(t.db)).id);
  const provider = await makeProvider(t.db);
  const member = await makeUser(t.db);
  await makeMember(t.db, member.id, provider.id);
  providerMember = await sessionUser(t.db, member.id);
});
afterAll(async () => {
  await s?.close();
  await t?.close();
});

async function auditOf(targetId: string) {
  return t.db.select().from(auditLog).where(eq(auditLog.targetId, targetId));
}

async function paidOrder() {
  const setup = await makePaidCourseSetup(t.db, { priceAmount: 4900 });
  const { order } = await checkoutAs(t.db, s.stripe, setup);
  await s.fake.completeCheckoutSession(order.stripeCheckoutSessionId!, "paid");
  await s.fake.flush();
  return { ...setup, order: await orderById(t.db, order.id) };
}

async function reportedReview() {
  const provider = await makeProvider(t.db);
  const course = await makeCourse(t.db, provider.id);
  const [author, other, reporter] = [await makeUser(t.db), await makeUser(t.db), await makeUser(t.db)];
  const [review] = await t.db.insert(reviews).values({ courseId: course.id, userId: author.id, rating: 1, body: "Spam spam spam" }).returning();
  await t.db.insert(reviews).values({ courseId: course.id, userId: other.id, rating: 5, body: "Great" });
  await t.db.insert(reviewReports).values({ reviewId: review!.id, reporterId: reporter.id, reason: "spam" });
  await t.db.update(courses).set({ ratingCount: 2, ratingAverage: 3 }).where(eq(courses.id, course.id));
  return { course, review: review! };
}

describe("authorization: every admin function refuses anonymous users, learners and providers", () => {
  const id = "00000000-0000-4000-8000-000000000000";
  const calls: [string, (actor: SessionUser | null) => Promise<unknown>][] = [
    ["searchUsers", (actor) => searchUsers(t.db, { actor })],
    ["getUserDetail", (actor) => getUserDetail(t.db, { actor, userId: id })],
    ["listProviderChoices", (actor) => listProviderChoices(t.db, { actor })],
    ["suspendUser", (actor) => suspendUser(t.db, { actor, userId: id, reason: "because" })],
    ["reinstateUser", (actor) => reinstateUser(t.db, { actor, userId: id, reason: "because" })],
    ["grantProviderMembership", (actor) => grantProviderMembership(t.db, { actor, userId: id, providerId: id, role: "editor", reason: null })],
    ["removeProviderMembership", (actor) => removeProviderMembership(t.db, { actor, userId: id, providerId: id, reason: null })],
    ["listProviders", (actor) => listProviders(t.db, { actor })],
    ["suspendProvider", (actor) => suspendProvider(t.db, { actor, providerId: id, reason: "because" })],
    ["reinstateProvider", (actor) => reinstateProvider(t.db, { actor, providerId: id, reason: "because" })],
    ["setProviderFee", (actor) => setProviderFee(t.db, { actor, providerId: id, platformFeeBps: 0, reason: "because" })],
    ["searchOrders", (actor) => searchOrders(t.db, { actor, filters: orderFiltersSchema.parse({}) })],
    ["getOrderDetail", (actor) => getOrderDetail(t.db, { actor, orderId: id })],
    ["listReportedReviews", (actor) => listReportedReviews(t.db, { actor })],
    ["keepReview", (actor) => keepReview(t.db, { actor, reviewId: id, reason: null })],
    ["removeReview", (actor) => removeReview(t.db, { actor, reviewId: id, reason: "because" })],
    ["updateMarketplaceSettings", (actor) => updateMarketplaceSettings(t.db, { actor, settings: { platformFeeBps: 2000, refundWindowDays: 14, checkoutExpiryMinutes: 60 }, reason: "because" })],
    ["listAuditLog", (actor) => listAuditLog(t.db, { actor, filters: { page: 1 } })],
  ];
  for (const [name, call] of calls) {
    it(name, async () => {
      for (const actor of [null, learner, providerMember]) await expect(call(actor)).rejects.toThrow(ForbiddenError);
      await expect(call(admin)).resolves.toBeDefined();
    });
  }
});

describe("users", () => {
  it("a user's detail lists their credentials, revoked ones with the reason", async () => {
    const provider = await makeProvider(t.db);
    const [first, second] = [await makeCourse(t.db, provider.id), await makeCourse(t.db, provider.id)];
    const holder = await makeUser(t.db);
    const appUrl = "http://localhost:3000";
    const issued = [];
    for (const course of [first, second]) {
      const result = await issueCredential(t.db, { userId: holder.id, courseId: course.id, enrollmentId: null, appUrl });
      if (!("credentialId" in result)) throw new Error(result.skipped);
      issued.push(result.credentialId);
    }
    await revokeCredential(t.db, { credentialId: issued[0]!, actorId: admin.id, reason: "Plagiarised project", appUrl });
    const detail = await getUserDetail(t.db, { actor: admin, userId: holder.id });
    const byId = new Map(detail!.credentials.map((c) => [c.id, c]));
    expect(byId.size).toBe(2);
    expect(byId.get(issued[0]!)).toMatchObject({ courseTitle: first.title, revocationReason: "Plagiarised project" });
    expect(byId.get(issued[0]!)!.revokedAt).toBeInstanceOf(Date);
    expect(byId.get(issued[1]!)).toMatchObject({ courseTitle: second.title, revokedAt: null });
  });

  it("finds people by name or email, case-insensitively, with % taken literally", async () => {
    await makeUser(t.db, { name: "Grace Hopper", email: "grace@navy.example" });
    expect((await searchUsers(t.db, { actor: admin, q: "hopper" })).rows.map((r) => r.email)).toEqual(["grace@navy.example"]);
    expect((await searchUsers(t.db, { actor: admin, q: "NAVY.EX" })).rows.map((r) => r.email)).toEqual(["grace@navy.example"]);
    expect((await searchUsers(t.db, { actor: admin, q: "%" })).total).toBe(0);
  });

  it("a suspended user cannot sign in, their sessions end at once, and reinstating is audited", async () => {
    const user = await makeUser(t.db, { email: "suspend-me@example.test", password: "right-password-1" });
    expect((await verifyCredentials(t.db, { email: user.email, password: "right-password-1", ip: "10.0.0.1" })).ok).toBe(true);
    expect(await loadSessionUser(t.db, { userId: user.id, sessionVersion: 1 })).not.toBeNull();

    expect(await suspendUser(t.db, { actor: admin, userId: user.id, reason: "Fraudulent chargebacks" })).toEqual({ ok: true });
    expect(await loadSessionUser(t.db, { userId: user.id, sessionVersion: 1 })).toBeNull(); // the open session
    expect(await verifyCredentials(t.db, { email: user.email, password: "right-password-1", ip: "10.0.0.2" })).toEqual({ ok: false, reason: "invalid" });
    expect((await suspendUser(t.db, { actor: admin, userId: user.id, reason: "again please" })).ok).toBe(false);
    expect((await getUserDetail(t.db, { actor: admin, userId: user.id }))?.suspensionReason).toBe("Fraudulent chargebacks");
    // Auth.js's signIn callback (magic link, OAuth) asks the same question.
    expect(await maySignIn(t.db, { userId: user.id })).toBe(false);
    expect(await maySignIn(t.db, { userId: undefined })).toBe(true); // a first sign-in creates the user next

    expect(await reinstateUser(t.db, { actor: admin, userId: user.id, reason: "Bank confirmed the payments" })).toEqual({ ok: true });
    expect((await verifyCredentials(t.db, { email: user.email, password: "right-password-1", ip: "10.0.0.3" })).ok).toBe(true);
    expect(await maySignIn(t.db, { userId: user.id })).toBe(true);
    // The session from before the suspension stays ended: it carries the old version.
    expect(await loadSessionUser(t.db, { userId: user.id, sessionVersion: 1 })).toBeNull();
    expect(await loadSessionUser(t.db, { userId: user.id, sessionVersion: 2 })).not.toBeNull();

    const audit = await auditOf(user.id);
    expect(audit.map((a) => [a.action, a.actorId, a.reason])).toEqual([
      ["user.suspend", admin.id, "Fraudulent chargebacks"],
      ["user.reinstate", admin.id, "Bank confirmed the payments"],
    ]);
    expect(audit[0]!.before).toEqual({ suspendedAt: null });
  });

  it("an admin cannot suspend themself", async () => {
    expect(await suspendUser(t.db, { actor: admin, userId: admin.id, reason: "testing myself" })).toMatchObject({ ok: false, reason: "conflict" });
    const [row] = await t.db.select({ suspendedAt: users.suspendedAt }).from(users).where(eq(users.id, admin.id));
    expect(row?.suspendedAt).toBeNull();
  });

  it("granting and removing the provider-member role takes effect at once and is audited", async () => {
    const provider = await makeProvider(t.db);
    const user = await makeUser(t.db);
    expect(await grantProviderMembership(t.db, { actor: admin, userId: user.id, providerId: provider.id, role: "editor", reason: null })).toEqual({ ok: true });
    expect((await sessionUser(t.db, user.id)).memberships.map((m) => [m.providerId, m.role])).toEqual([[provider.id, "editor"]]);
    expect((await grantProviderMembership(t.db, { actor: admin, userId: user.id, providerId: provider.id, role: "owner", reason: null })).ok).toBe(false);
    expect(await removeProviderMembership(t.db, { actor: admin, userId: user.id, providerId: provider.id, reason: "Left the company" })).toEqual({ ok: true });
    expect((await sessionUser(t.db, user.id)).memberships).toEqual([]);
    expect((await auditOf(user.id)).map((a) => [a.action, a.before, a.after])).toEqual([
      ["provider_member.grant", null, { providerId: provider.id, role: "editor" }],
      ["provider_member.remove", { providerId: provider.id, role: "editor" }, null],
    ]);
  });
});

describe("providers", () => {
  it("suspending takes the courses out of the catalog, enrolled learners keep access, reinstating brings them back", async () => {
    const provider = await makeProvider(t.db, { name: "Suspendable Academy" });
    const course = await makeCourse(t.db, provider.id, { title: "Zymurgy for Brewers" });
    const enrolled = await makeUser(t.db);
    await t.db.insert(enrollments).values({ userId: enrolled.id, courseId: course.id, source: "free" });
    const find = async () => (await searchCourses(t.db, { ...parseCatalogQuery({ q: "zymurgy" }), pageSize: 10 })).items.map((c) => c.slug);
    expect(await find()).toEqual([course.slug]);

    expect(await suspendProvider(t.db, { actor: admin, providerId: provider.id, reason: "Unpaid content licences" })).toEqual({ ok: true });
    expect(await find()).toEqual([]);
    expect((await getCourseAccess(t.db, { userId: enrolled.id, courseId: course.id })).hasAccess).toBe(true);
    const [courseRow] = await t.db.select({ status: courses.status }).from(courses).where(eq(courses.id, course.id));
    expect(courseRow?.status).toBe("published");
    expect((await suspendProvider(t.db, { actor: admin, providerId: provider.id, reason: "twice over" })).ok).toBe(false);

    expect(await reinstateProvider(t.db, { actor: admin, providerId: provider.id, reason: "Licences paid" })).toEqual({ ok: true });
    expect(await find()).toEqual([course.slug]);
    expect((await auditOf(provider.id)).map((a) => [a.action, a.before, a.after, a.reason])).toEqual([
      ["provider.suspend", { status: "approved" }, { status: "suspended" }, "Unpaid content licences"],
      ["provider.reinstate", { status: "suspended" }, { status: "approved" }, "Licences paid"],
    ]);
  });

  it("lists courses and sales per provider, and overrides the fee with an audit entry", async () => {
    const p = await paidOrder();
    const row = (await listProviders(t.db, { actor: admin })).find((r) => r.id === p.provider.id)!;
    expect(row).toMatchObject({ courseCount: 1, publishedCount: 1, paidOrders: 1, sales: { USD: 4900 }, chargesEnabled: true });

    expect(await setProviderFee(t.db, { actor: admin, providerId: p.provider.id, platformFeeBps: 1250, reason: "Launch partner" })).toEqual({ ok: true });
    expect((await t.db.select().from(providers).where(eq(providers.id, p.provider.id)))[0]?.platformFeeBps).toBe(1250);
    expect((await setProviderFee(t.db, { actor: admin, providerId: p.provider.id, platformFeeBps: 10_001, reason: "Too much" })).ok).toBe(false);
    await setProviderFee(t.db, { actor: admin, providerId: p.provider.id, platformFeeBps: null, reason: "Partnership ended" });
    expect((await auditOf(p.provider.id)).map((a) => [a.action, a.before, a.after])).toEqual([
      ["provider.fee_override", { platformFeeBps: null }, { platformFeeBps: 1250 }],
      ["provider.fee_override", { platformFeeBps: 1250 }, { platformFeeBps: null }],
    ]);
  });
});

describe("orders", () => {
  it("are found by learner email, Stripe id and status; an admin refund revokes access and is audited", async () => {
    const p = await paidOrder();
    const filters = (raw: Record<string, string>) => orderFiltersSchema.parse(raw);
    expect((await searchOrders(t.db, { actor: admin, filters: filters({ learner: p.learner.email.toUpperCase() }) })).rows.map((r) => r.id)).toEqual([p.order.id]);
    expect((await searchOrders(t.db, { actor: admin, filters: filters({ stripe: p.order.stripePaymentIntentId! }) })).rows.map((r) => r.id)).toEqual([p.order.id]);
    expect((await searchOrders(t.db, { actor: admin, filters: filters({ learner: p.learner.email, status: "refunded" }) })).total).toBe(0);
    expect(filters({ status: "nonsense", from: "not a date", page: "-3" })).toEqual({ page: 1 });

    // Part first, then the rest: the same refund path the payments issue uses.
    const part = await refundOrder(t.db, s.stripe, { actor: admin, orderId: p.order.id, amount: 900, reason: "Course was shorter than described", appUrl: "http://x" });
    expect(part).toMatchObject({ ok: true, refundedAmount: 900 });
    expect((await getCourseAccess(t.db, { userId: p.learner.id, courseId: p.course.id })).hasAccess).toBe(true);
    const rest = await refundOrder(t.db, s.stripe, { actor: admin, orderId: p.order.id, reason: "Learner could not attend", appUrl: "http://x" });
    expect(rest).toMatchObject({ ok: true, refundedAmount: 4900 });
    await s.fake.flush();
    expect(await orderById(t.db, p.order.id)).toMatchObject({ status: "refunded", refundedAmount: 4900 });
    expect((await getCourseAccess(t.db, { userId: p.learner.id, courseId: p.course.id })).hasAccess).toBe(false);

    const detail = (await getOrderDetail(t.db, { actor: admin, orderId: p.order.id }))!;
    expect(detail.refunds.map((r) => r.amount).sort()).toEqual([4000, 900].sort());
    expect(detail.enrollment?.status).toBe("refunded");
    expect(detail.history.map((h) => [h.action, h.reason, h.actorEmail])).toEqual([
      ["order.refund", "Learner could not attend", "boss@example.test"],
      ["order.refund", "Course was shorter than described", "boss@example.test"],
    ]);
  });
});

describe("reported reviews", () => {
  it("removing one deletes it, refreshes the course rating and records what was said", async () => {
    const { course, review } = await reportedReview();
    expect((await listReportedReviews(t.db, { actor: admin })).map((r) => r.id)).toContain(review.id);
    expect(await removeReview(t.db, { actor: admin, reviewId: review.id, reason: "Spam" })).toEqual({ ok: true });
    expect(await t.db.select().from(reviews).where(eq(reviews.id, review.id))).toEqual([]);
    const [after] = await t.db.select({ ratingCount: courses.ratingCount, ratingAverage: courses.ratingAverage }).from(courses).where(eq(courses.id, course.id));
    expect(after).toEqual({ ratingCount: 1, ratingAverage: 5 });
    const [entry] = await auditOf(review.id);
    expect(entry).toMatchObject({ action: "review.remove", actorId: admin.id, reason: "Spam", before: { rating: 1, body: "Spam spam spam", reports: ["spam"] } });
    expect((await listReportedReviews(t.db, { actor: admin })).map((r) => r.id)).not.toContain(review.id);
  });

  it("keeping one resolves its reports and leaves it in place", async () => {
    const { review } = await reportedReview();
    expect(await keepReview(t.db, { actor: admin, reviewId: review.id, reason: "Harsh but fair" })).toEqual({ ok: true });
    expect((await t.db.select().from(reviews).where(eq(reviews.id, review.id))).length).toBe(1);
    const [report] = await t.db.select().from(reviewReports).where(eq(reviewReports.reviewId, review.id));
    expect(report).toMatchObject({ resolvedBy: admin.id });
    expect((await listReportedReviews(t.db, { actor: admin })).map((r) => r.id)).not.toContain(review.id);
    expect((await keepReview(t.db, { actor: admin, reviewId: review.id, reason: null })).ok).toBe(false);
    expect((await auditOf(review.id)).map((a) => a.action)).toEqual(["review.keep"]);
  });
});

describe("settings and the audit log", () => {
  it("settings are stored, validated by the database too, recorded before → after, and used by checkout", async () => {
    const winter = { platformFeeBps: 1500, refundWindowDays: 30, checkoutExpiryMinutes: 120 };
    expect(await updateMarketplaceSettings(t.db, { actor: admin, settings: winter, reason: "Winter promotion" })).toEqual({ ok: true, changed: true });
    expect(await getMarketplaceSettings(t.db)).toEqual(winter);
    expect(await updateMarketplaceSettings(t.db, { actor: admin, settings: winter, reason: "Same again" })).toEqual({ ok: true, changed: false });
    await expect(updateMarketplaceSettings(t.db, { actor: admin, settings: { ...winter, refundWindowDays: 999 }, reason: "Too long" })).rejects.toThrow();
    await expect(updateMarketplaceSettings(t.db, { actor: admin, settings: { ...winter, checkoutExpiryMinutes: 10 }, reason: "Too short" })).rejects.toThrow();
    const entries = await t.db.select().from(auditLog).where(eq(auditLog.action, "settings.update"));
    expect(entries.map((e) => [e.before, e.after, e.reason])).toEqual([
      [{ platformFeeBps: 2000, refundWindowDays: 14, checkoutExpiryMinutes: 60 }, winter, "Winter promotion"],
    ]);
    expect((await t.db.select().from(marketplaceSettings)).length).toBe(1);

    // A new checkout takes the new fee and keeps its Stripe page open for the new expiry.
    const setup = await makePaidCourseSetup(t.db, { priceAmount: 10_000 });
    const before = Math.floor(Date.now() / 1000);
    const { order } = await checkoutAs(t.db, s.stripe, setup);
    expect(order).toMatchObject({ platformFeeBps: 1500, platformFeeAmount: 1500 });
    const session = s.fake.requests.filter((r) => r.path === "/v1/checkout/sessions").at(-1)!;
    const expiresAt = Number(session.params.expires_at);
    expect(expiresAt - before).toBeGreaterThanOrEqual(120 * 60);
    expect(expiresAt - before).toBeLessThan(121 * 60);
  });

  it("the audit log filters by actor, action, target and date, newest first", async () => {
    const all = await listAuditLog(t.db, { actor: admin, filters: { page: 1, actor: "BOSS@example.test" } });
    expect(all.total).toBeGreaterThan(5);
    expect(all.rows.every((r) => r.actorEmail === "boss@example.test")).toBe(true);
    const stamps = all.rows.map((r) => r.createdAt.getTime());
    expect([...stamps].sort((a, b) => b - a)).toEqual(stamps);
    const provider = await listAuditLog(t.db, { actor: admin, filters: { page: 1, action: "provider" } });
    expect(new Set(provider.rows.map((r) => r.action.split(".")[0]))).toEqual(new Set(["provider"]));
    const settings = await listAuditLog(t.db, { actor: admin, filters: { page: 1, action: "settings.update", targetType: "marketplace_settings", targetId: "1" } });
    expect(settings.total).toBe(1);
    expect((await listAuditLog(t.db, { actor: admin, filters: { page: 1, to: "2020-01-01" } })).total).toBe(0);
    expect(all.actions).toEqual(expect.arrayContaining(["user.suspend", "order.refund", "review.remove", "settings.update"]));
  });

  it("every admin action above left an audit entry by its admin", async () => {
    const actions = new Set((await t.db.select({ action: auditLog.action }).from(auditLog).where(and(eq(auditLog.actorId, admin.id)))).map((a) => a.action));
    expect([...actions].sort()).toEqual(
      [
        "credential.revoke",
        "order.refund",
        "provider.fee_override",
        "provider.reinstate",
        "provider.suspend",
        "provider_member.grant",
        "provider_member.remove",
        "review.keep",
        "review.remove",
        "settings.update",
        "user.reinstate",
        "user.suspend",
      ].sort(),
    );
  });
});
