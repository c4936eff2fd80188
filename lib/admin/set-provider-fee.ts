import { eq } from "drizzle-orm";
import { z } from "zod";
import type { Db } from "@/db";
import { providers } from "@/db/schema";
import { recordAudit } from "@/lib/audit/record-audit";
import type { SessionUser } from "@/lib/auth/load-session-user";
import { assertAdmin } from "@/lib/auth/policy";
import { notFound, type AdminResult } from "./admin-result";

/** A fee typed as a percentage ("12.5") → basis points; empty means "use the marketplace fee". */
export const feePercentSchema = z
  .string()
  .trim()
  .transform((v, ctx) => {
    if (v === "") return null;
    if (!/^\d{1,3}(\.\d{1,2})?$/.test(v) || Number(v) > 100) {
      ctx.addIssue({ code: "custom", message: "Enter a percentage between 0 and 100, at most two decimals" });
      return z.NEVER;
    }
    return Math.round(Number(v) * 100);
  });

/** Overrides (or, with null, clears the override of) the platform fee for one provider's future orders. */
export async function setProviderFee(db: Db, input: { actor: SessionUser | null; providerId: string; platformFeeBps: number | null; reason: string }): Promise<AdminResult> {
  assertAdmin(input.actor);
  const actor = input.actor;
  if (input.platformFeeBps !== null && (!Number.isInteger(input.platformFeeBps) || input.platformFeeBps < 0 || input.platformFeeBps > 10_000)) {
    return { ok: false, reason: "invalid", message: "The fee must be between 0% and 100%." };
  }
  return db.transaction(async (tx) => {
    const [provider] = await tx.select({ id: providers.id, platformFeeBps: providers.platformFeeBps }).from(providers).where(eq(providers.id, input.providerId)).for("update");
    if (!provider) return notFound("Provider");
    await tx.update(providers).set({ platformFeeBps: input.platformFeeBps }).where(eq(providers.id, provider.id));
    await recordAudit(tx, {
      actorId: actor.id,
      action: "provider.fee_override",
      targetType: "provider",
      targetId: provider.id,
      before: { platformFeeBps: provider.platformFeeBps },
      after: { platformFeeBps: input.platformFeeBps },
      reason: input.reason,
    });
    return { ok: true } as const;
  });
}
