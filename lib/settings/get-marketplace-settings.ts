import { eq } from "drizzle-orm";
import type { Db } from "@/db";
import { marketplaceSettings } from "@/db/schema";

export type MarketplaceSettings = { platformFeeBps: number; refundWindowDays: number; checkoutExpiryMinutes: number };

// The defaults live in the schema; a database where no admin has saved settings yet
// behaves exactly as if the row existed with them.
export const DEFAULT_SETTINGS: MarketplaceSettings = { platformFeeBps: 2000, refundWindowDays: 14, checkoutExpiryMinutes: 60 };

export async function getMarketplaceSettings(db: Db): Promise<MarketplaceSettings> {
  const [row] = await db
    .select({
      platformFeeBps: marketplaceSettings.platformFeeBps,
      refundWindowDays: marketplaceSettings.refundWindowDays,
      checkoutExpiryMinutes: marketplaceSettings.checkoutExpiryMinutes,
    })
    .from(marketplaceSettings)
    .where(eq(marketplaceSettings.id, 1));
  return row ?? DEFAULT_SETTINGS;
}
