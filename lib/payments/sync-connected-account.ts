import { eq } from "drizzle-orm";
import type Stripe from "stripe";
import type { Db } from "@/db";
import { providers } from "@/db/schema";

// Keeps a provider's Stripe capabilities in our database (account.updated, or the
// return from onboarding). Whether a provider can sell depends on charges_enabled.
export async function syncConnectedAccount(db: Db, account: Pick<Stripe.Account, "id" | "charges_enabled" | "payouts_enabled" | "details_submitted">) {
  const rows = await db
    .update(providers)
    .set({
      chargesEnabled: Boolean(account.charges_enabled),
      payoutsEnabled: Boolean(account.payouts_enabled),
      detailsSubmitted: Boolean(account.details_submitted),
    })
    .where(eq(providers.stripeAccountId, account.id))
    .returning({ id: providers.id });
  return rows[0] ?? null;
}
