import { and, eq } from "drizzle-orm";
import type { Db } from "@/db";
import { orders, providers } from "@/db/schema";
import type { SessionUser } from "@/lib/auth/load-session-user";
import { assertCanManageProvider } from "@/lib/auth/policy";
import type { FakeStripe } from "./fake-stripe/fake-stripe";
import { orderIdFromSession } from "./find-order";

// Local test mode's stand-in for Stripe's hosted pages. Stripe's real pages are
// reachable by whoever has the URL; ours show the buyer's email and let the visitor pay,
// so each belongs to the order's learner (issue 15 §7), and onboarding to the provider.

type TestSession = ReturnType<FakeStripe["getSession"]>;

/** The session, only for the learner whose order it is; null for anyone else. */
export async function loadTestCheckoutSession(db: Db, fake: FakeStripe, input: { sessionId: string; userId: string }): Promise<TestSession | null> {
  const session = fake.sessions.get(input.sessionId);
  const reference = session?.client_reference_id;
  const orderId = orderIdFromSession({ client_reference_id: typeof reference === "string" ? reference : null, metadata: null });
  if (!session || !orderId) return null;
  const [order] = await db.select({ id: orders.id }).from(orders).where(and(eq(orders.id, orderId), eq(orders.userId, input.userId)));
  return order ? session : null;
}

export type TestPayResult = { ok: true; successUrl: string } | { ok: false; message: string };

export async function payTestSession(
  db: Db,
  fake: FakeStripe,
  input: { sessionId: string; userId: string; outcome: "paid" | "processing" | "settle_ok" | "settle_failed" },
): Promise<TestPayResult> {
  if (!(await loadTestCheckoutSession(db, fake, input))) return { ok: false, message: "Unknown checkout session." };
  try {
    const session =
      input.outcome === "paid" || input.outcome === "processing"
        ? await fake.completeCheckoutSession(input.sessionId, input.outcome)
        : await fake.settleAsyncPayment(input.sessionId, input.outcome === "settle_ok");
    return { ok: true, successUrl: String(session.success_url) };
  } catch (error) {
    return { ok: false, message: error instanceof Error ? error.message : "This checkout session cannot be paid." };
  }
}

/** Onboarding of a connected account: only a member of the provider that owns it (or an admin). */
export async function completeTestOnboarding(db: Db, fake: FakeStripe, input: { actor: SessionUser; account: string }): Promise<void> {
  const [provider] = await db.select({ id: providers.id }).from(providers).where(eq(providers.stripeAccountId, input.account));
  if (!provider) throw new Error("Unknown account.");
  assertCanManageProvider(input.actor, provider.id);
  await fake.completeOnboarding(input.account);
}
