import { z } from "zod";
import type { Db } from "@/db";
import { marketplaceSettings } from "@/db/schema";
import { recordAudit } from "@/lib/audit/record-audit";
import type { SessionUser } from "@/lib/auth/load-session-user";
import { assertAdmin } from "@/lib/auth/policy";
import { getMarketplaceSettings, type MarketplaceSettings } from "@/lib/settings/get-marketplace-settings";
import { reasonSchema } from "./admin-inputs";
import { feePercentSchema } from "./set-provider-fee";

/** The settings form: the fee as a percentage, the refund window in whole days, the checkout expiry in minutes, and why. */
export const settingsFormSchema = z.object({
  platformFeePercent: feePercentSchema.refine((v) => v !== null, "Enter the platform fee"),
  refundWindowDays: z.coerce.number({ error: "Enter a number of days" }).int("Whole days only").min(0, "At least 0 days").max(365, "At most 365 days"),
  checkoutExpiryMinutes: z.coerce
    .number({ error: "Enter a number of minutes" })
    .int("Whole minutes only")
    .min(30, "Stripe needs at least 30 minutes")
    .max(1440, "Stripe allows at most 24 hours (1440 minutes)"),
  reason: reasonSchema,
});

/**
 * Saves the marketplace rules (the single settings row, created on first save) and
 * records before → after. Only new orders see a new fee: orders freeze theirs.
 */
export async function updateMarketplaceSettings(
  db: Db,
  input: { actor: SessionUser | null; settings: MarketplaceSettings; reason: string },
): Promise<{ ok: true; changed: boolean }> {
  assertAdmin(input.actor);
  const actor = input.actor;
  return db.transaction(async (tx) => {
    const before = await getMarketplaceSettings(tx as unknown as Db);
    const after: MarketplaceSettings = {
      platformFeeBps: input.settings.platformFeeBps,
      refundWindowDays: input.settings.refundWindowDays,
      checkoutExpiryMinutes: input.settings.checkoutExpiryMinutes,
    };
    if ((Object.keys(after) as (keyof MarketplaceSettings)[]).every((k) => before[k] === after[k])) return { ok: true, changed: false };
    await tx.insert(marketplaceSettings).values({ id: 1, ...after }).onConflictDoUpdate({ target: marketplaceSettings.id, set: after });
    await recordAudit(tx, { actorId: actor.id, action: "settings.update", targetType: "marketplace_settings", targetId: "1", before, after, reason: input.reason });
    return { ok: true, changed: true };
  });
}
