import { and, eq, isNull } from "drizzle-orm";
import type Stripe from "stripe";
import type { Db } from "@/db";
import { providers, type Provider } from "@/db/schema";

/** Paid courses can be published and bought only through an account Stripe lets take charges. */
export function canSellPaidCourses(provider: Pick<Provider, "status" | "stripeAccountId" | "chargesEnabled">): boolean {
  return provider.status === "approved" && Boolean(provider.stripeAccountId) && provider.chargesEnabled;
}

export type PublishCheck = { ok: true } | { ok: false; reason: string };

/** The payment side of "can this course be published": free, or sellable by its provider. */
export function checkCoursePriceSellable(course: { priceAmount: number }, provider: Parameters<typeof canSellPaidCourses>[0]): PublishCheck {
  if (course.priceAmount === 0 || canSellPaidCourses(provider)) return { ok: true };
  return { ok: false, reason: "A paid course needs a Stripe account that can take charges. Finish Stripe onboarding under Payouts, or make the course free." };
}

/**
 * Starts (or continues) Stripe-hosted onboarding for a provider: creates its Express
 * account once — the provider id is the idempotency key and the column is unique —
 * then returns a fresh single-use Account Link.
 */
export async function createOnboardingLink(
  db: Db,
  stripe: Stripe,
  input: { providerId: string; email: string; appUrl: string },
): Promise<string> {
  const [provider] = await db.select().from(providers).where(eq(providers.id, input.providerId));
  if (!provider) throw new Error("Provider not found");
  let accountId = provider.stripeAccountId;
  if (!accountId) {
    const account = await stripe.accounts.create(
      {
        type: "express",
        email: input.email,
        business_profile: { name: provider.name, url: provider.url ?? undefined },
        capabilities: { card_payments: { requested: true }, transfers: { requested: true } },
        metadata: { provider_id: provider.id },
      },
      { idempotencyKey: `connect-account-${provider.id}` },
    );
    const [saved] = await db
      .update(providers)
      .set({ stripeAccountId: account.id })
      .where(and(eq(providers.id, provider.id), isNull(providers.stripeAccountId)))
      .returning({ id: providers.stripeAccountId });
    accountId = saved?.id ?? (await db.select({ id: providers.stripeAccountId }).from(providers).where(eq(providers.id, provider.id)))[0]?.id ?? null;
    if (!accountId) throw new Error("Could not save the Stripe account");
  }
  const base = input.appUrl.replace(/\/$/, "");
  const link = await stripe.accountLinks.create({
    account: accountId,
    type: "account_onboarding",
    refresh_url: `${base}/provider/${provider.slug}/payouts?onboarding=refresh`,
    return_url: `${base}/provider/${provider.slug}/payouts?onboarding=return`,
  });
  return link.url;
}

/** The Express dashboard, where a connected provider sees payouts and balances. */
export async function createDashboardLink(stripe: Stripe, accountId: string): Promise<string> {
  const link = await stripe.accounts.createLoginLink(accountId);
  return link.url;
}
