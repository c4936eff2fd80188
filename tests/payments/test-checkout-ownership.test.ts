// Issue 15 §7: in local test mode the simulated Stripe pages belong to the order's learner.
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { providers } from "@/db/schema";
import { ForbiddenError } from "@/lib/auth/policy";
import { completeTestOnboarding, loadTestCheckoutSession, payTestSession } from "@/lib/payments/test-checkout";
import { startStripeStandIn, type StandIn } from "../support/stripe-stand-in";
import { createTestDb, type TestDb } from "../support/test-db";
import { makeMember, makeUser, sessionUser } from "../support/users";
import { checkoutAs, makePaidCourseSetup, orderById } from "./payment-fixtures";

let t: TestDb;
let q: StandIn;
beforeAll(async () => {
  t = await createTestDb();
  q = await startStripeStandIn(t.db, { autoDeliver: false });
});
afterAll(async () => {
  await q.close();
  await t.close();
});

describe("test checkout ownership", () => {
  it("another signed-in user neither sees the session (nor the buyer's email) nor can pay it", async () => {
    const setup = await makePaidCourseSetup(t.db);
    const { order } = await checkoutAs(t.db, q.stripe, setup);
    const sessionId = order.stripeCheckoutSessionId!;
    const stranger = await makeUser(t.db);

    expect(await loadTestCheckoutSession(t.db, q.fake, { sessionId, userId: stranger.id })).toBeNull();
    expect(await payTestSession(t.db, q.fake, { sessionId, userId: stranger.id, outcome: "paid" })).toEqual({ ok: false, message: "Unknown checkout session." });
    expect(q.fake.getSession(sessionId).status).toBe("open");
    expect((await orderById(t.db, order.id)).status).toBe("pending");

    expect(await loadTestCheckoutSession(t.db, q.fake, { sessionId, userId: setup.learner.id })).toMatchObject({ id: sessionId });
    expect(await payTestSession(t.db, q.fake, { sessionId, userId: setup.learner.id, outcome: "paid" })).toMatchObject({ ok: true });
    expect(q.fake.getSession(sessionId).status).toBe("complete");
  });

  it("simulated Connect onboarding is only for a member of the provider that owns the account", async () => {
    const setup = await makePaidCourseSetup(t.db);
    const account = await q.stripe.accounts.create({ type: "express" });
    await t.db.update(providers).set({ stripeAccountId: account.id }).where(eq(providers.id, setup.provider.id));
    const outsider = await sessionUser(t.db, (await makeUser(t.db)).id);
    await expect(completeTestOnboarding(t.db, q.fake, { actor: outsider, account: account.id })).rejects.toBeInstanceOf(ForbiddenError);
    expect(q.fake.getAccount(account.id).charges_enabled).toBe(false);
    const member = await makeUser(t.db);
    await makeMember(t.db, member.id, setup.provider.id);
    await completeTestOnboarding(t.db, q.fake, { actor: await sessionUser(t.db, member.id), account: account.id });
    expect(q.fake.getAccount(account.id).charges_enabled).toBe(true);
  });
});
