import { rmSync } from "node:fs";
import { count, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { auditLog, providerMembers, providers, users } from "@/db/schema";
import { grantAdmin } from "@/lib/auth/grant-admin";
import { loadSessionUser, type SessionUser } from "@/lib/auth/load-session-user";
import { ForbiddenError } from "@/lib/auth/policy";
import { readOutbox } from "@/lib/mail/read-outbox";
import { drainJobs } from "@/lib/jobs/run-jobs";
import { applyAsProvider } from "@/lib/providers/apply-as-provider";
import { decideApplication, slugify } from "@/lib/providers/decide-application";
import { listPendingApplications } from "@/lib/providers/list-pending-applications";
import { listProviderCourses } from "@/lib/providers/list-provider-courses";
import { makeCourse, makeProvider } from "../support/fixtures";
import { createTestDb, type TestDb } from "../support/test-db";
import { makeMember, makeUser, sessionUser } from "../support/users";

const outbox = `.data/test-outbox-roles-${process.pid}`;
process.env.MAIL_OUTBOX_DIR = outbox;

let t: TestDb;
let admin: SessionUser;
beforeAll(async () => {
  t = await createTestDb();
  admin = await sessionUser(t.db, (await makeUser(t.db, { isAdmin: true })).id);
});
afterAll(async () => {
  await t?.close();
  rmSync(outbox, { recursive: true, force: true });
});

const application = { organizationName: "Café Académie", website: "https://cafe.example", description: "Barista skills, taught by baristas." };

describe("roles are read fresh", () => {
  it("sees a removed membership, a suspension and a new session version at once", async () => {
    const provider = await makeProvider(t.db);
    const user = await makeUser(t.db);
    await makeMember(t.db, user.id, provider.id);
    expect((await sessionUser(t.db, user.id)).memberships).toHaveLength(1);

    await t.db.delete(providerMembers).where(eq(providerMembers.userId, user.id));
    expect((await sessionUser(t.db, user.id)).memberships).toHaveLength(0);

    await t.db.update(users).set({ sessionVersion: 2 }).where(eq(users.id, user.id));
    expect(await loadSessionUser(t.db, { userId: user.id, sessionVersion: 1 })).toBeNull();

    await t.db.update(users).set({ suspendedAt: new Date() }).where(eq(users.id, user.id));
    expect(await loadSessionUser(t.db, { userId: user.id, sessionVersion: 2 })).toBeNull();
  });

  it("grants admin only through the CLI function, once, with an audit entry", async () => {
    const user = await makeUser(t.db, { email: "future-admin@example.test" });
    expect(await grantAdmin(t.db, { email: " Future-Admin@example.test" })).toEqual({ status: "granted" });
    expect(await grantAdmin(t.db, { email: "future-admin@example.test" })).toEqual({ status: "already_admin" });
    expect(await grantAdmin(t.db, { email: "nobody@example.test" })).toEqual({ status: "no_such_user" });
    expect((await sessionUser(t.db, user.id)).isAdmin).toBe(true);
    const [entry] = await t.db.select().from(auditLog).where(eq(auditLog.targetId, user.id));
    expect(entry).toMatchObject({ action: "user.grant_admin", after: { isAdmin: true } });
  });
});

describe("provider applications", () => {
  it("allows one pending application per person, even on a double submit", async () => {
    const user = await makeUser(t.db);
    const results = await Promise.all([applyAsProvider(t.db, { userId: user.id, ...application }), applyAsProvider(t.db, { userId: user.id, ...application })]);
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    expect(results.find((r) => !r.ok)).toEqual({ ok: false, reason: "already_pending" });
  });

  it("approval creates the provider with the applicant as owner, once, and tells them", async () => {
    const user = await makeUser(t.db, { email: "owner-to-be@example.test" });
    const applied = await applyAsProvider(t.db, { userId: user.id, ...application });
    if (!applied.ok) throw new Error("apply failed");
    const decide = () => decideApplication(t.db, { actor: admin, applicationId: applied.id, decision: "approve", appUrl: "http://app.test" });
    const results = await Promise.all([decide(), decide()]);
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    expect(results.find((r) => !r.ok)).toEqual({ ok: false, reason: "already_decided" });

    const me = await sessionUser(t.db, user.id);
    expect(me.memberships).toEqual([expect.objectContaining({ providerName: "Café Académie", providerSlug: "cafe-academie", role: "owner" })]);
    const [provider] = await t.db.select().from(providers).where(eq(providers.slug, "cafe-academie"));
    expect(provider).toMatchObject({ status: "approved", url: "https://cafe.example" });
    await drainJobs(t.db); // the decision mail is queued with the decision
    const mails = await readOutbox(outbox);
    expect(mails.find((m) => m.to === "owner-to-be@example.test")?.subject).toMatch(/approved/);
    const [audit] = await t.db.select({ n: count() }).from(auditLog).where(eq(auditLog.targetId, applied.id));
    expect(audit!.n).toBe(1);
  });

  it("a second provider with the same name gets its own slug", async () => {
    const user = await makeUser(t.db);
    const applied = await applyAsProvider(t.db, { userId: user.id, ...application });
    if (!applied.ok) throw new Error("apply failed");
    const result = await decideApplication(t.db, { actor: admin, applicationId: applied.id, decision: "approve", appUrl: "http://app.test" });
    expect(result.ok).toBe(true);
    expect((await sessionUser(t.db, user.id)).memberships[0]!.providerSlug).toBe("cafe-academie-2");
  });

  it("rejection records the reason and makes no provider", async () => {
    const user = await makeUser(t.db, { email: "rejected@example.test" });
    const applied = await applyAsProvider(t.db, { userId: user.id, ...application, organizationName: "Nope Ltd" });
    if (!applied.ok) throw new Error("apply failed");
    await decideApplication(t.db, { actor: admin, applicationId: applied.id, decision: "reject", reason: "No course outline yet", appUrl: "http://app.test" });
    expect((await sessionUser(t.db, user.id)).memberships).toEqual([]);
    expect((await t.db.select().from(providers).where(eq(providers.name, "Nope Ltd"))).length).toBe(0);
    await drainJobs(t.db);
    const mail = (await readOutbox(outbox)).find((m) => m.to === "rejected@example.test");
    expect(mail?.text).toContain("No course outline yet");
  });

  it("slugifies names with accents and symbols", () => {
    expect(slugify("  Ünïcode & Co. Académie!! ")).toBe("unicode-co-academie");
    expect(slugify("!!!")).toBe("provider");
  });
});

describe("authorization matrix of domain operations", () => {
  it("allows and refuses each actor as expected", async () => {
    const providerA = await makeProvider(t.db);
    const providerB = await makeProvider(t.db);
    await makeCourse(t.db, providerA.id, { status: "draft", publishedAt: null });
    const learner = await sessionUser(t.db, (await makeUser(t.db)).id);
    const memberA = await makeUser(t.db);
    await makeMember(t.db, memberA.id, providerA.id);
    const memberB = await makeUser(t.db);
    await makeMember(t.db, memberB.id, providerB.id, "editor");
    const actors = {
      anonymous: null,
      learner,
      provider: await sessionUser(t.db, memberA.id),
      otherProvider: await sessionUser(t.db, memberB.id),
      admin,
    };
    const operations = {
      "list provider A's courses (drafts included)": (actor: SessionUser | null) => listProviderCourses(t.db, { actor, providerId: providerA.id }),
      "list pending applications": (actor: SessionUser | null) => listPendingApplications(t.db, { actor }),
      "decide an application": (actor: SessionUser | null) =>
        decideApplication(t.db, { actor, applicationId: "00000000-0000-0000-0000-000000000000", decision: "approve", appUrl: "http://app.test" }),
    };
    const expected = {
      "list provider A's courses (drafts included)": { anonymous: false, learner: false, provider: true, otherProvider: false, admin: true },
      "list pending applications": { anonymous: false, learner: false, provider: false, otherProvider: false, admin: true },
      "decide an application": { anonymous: false, learner: false, provider: false, otherProvider: false, admin: true },
    };
    const actual: Record<string, Record<string, boolean>> = {};
    for (const [name, run] of Object.entries(operations)) {
      actual[name] = {};
      for (const [who, actor] of Object.entries(actors)) {
        try {
          await run(actor);
          actual[name][who] = true;
        } catch (error) {
          if (!(error instanceof ForbiddenError)) throw error;
          actual[name][who] = false;
        }
      }
    }
    expect(actual).toEqual(expected);
  });
});
