import { sql } from "drizzle-orm";
import type { Db } from "@/db";
import { rateLimitBuckets } from "@/db/schema";
import { timestamptz } from "@/db/sql-helpers";
import type { RateLimitResult } from "./rate-limit";

/**
 * Free attempts per window, then one attempt per delay, the delay doubling from 1 s up
 * to maxDelaySeconds. This is the per-account control: it caps guesses against one
 * account from any number of addresses, but never locks it, so a stranger can slow an
 * account down and cannot shut its owner out (OWASP ASVS 4.0 §2.2.1, 5.0 V6.3.1).
 */
export type SlowDownRule = { freeAttempts: number; windowSeconds: number; maxDelaySeconds: number };

export function delaySecondsAfter(hits: number, rule: SlowDownRule): number {
  if (hits < rule.freeAttempts) return 0;
  return Math.min(rule.maxDelaySeconds, 2 ** Math.min(30, hits - rule.freeAttempts));
}

// One conditional upsert: the row counts the attempt only if the window has passed, a
// free attempt is left, or the delay since the last counted attempt has run out. Parallel
// attempts serialize on the row, so a burst gets exactly the slots the rule allows.
export async function consumeSlowDown(db: Db, key: string, rule: SlowDownRule, now = new Date()): Promise<RateLimitResult> {
  const floor = timestamptz(new Date(now.getTime() - rule.windowSeconds * 1000));
  const at = timestamptz(now);
  const b = rateLimitBuckets;
  const delay = sql`least(${rule.maxDelaySeconds}, power(2, least(30, ${b.hits} - ${rule.freeAttempts})))`;
  const counted = await db
    .insert(b)
    .values({ key, windowStart: now, hits: 1, lastHitAt: now })
    .onConflictDoUpdate({
      target: b.key,
      set: {
        hits: sql`case when ${b.windowStart} <= ${floor} then 1 else ${b.hits} + 1 end`,
        windowStart: sql`case when ${b.windowStart} <= ${floor} then ${at} else ${b.windowStart} end`,
        lastHitAt: at,
      },
      setWhere: sql`${b.windowStart} <= ${floor} or ${b.hits} < ${rule.freeAttempts} or coalesce(${b.lastHitAt}, ${b.windowStart}) <= ${at} - ${delay} * interval '1 second'`,
    })
    .returning({ hits: b.hits });
  if (counted[0]) return { allowed: true, remaining: Math.max(0, rule.freeAttempts - counted[0].hits), retryAfterSeconds: 0 };
  const [row] = await db.select({ hits: b.hits, lastHitAt: b.lastHitAt }).from(b).where(sql`${b.key} = ${key}`);
  const waitMs = (row?.lastHitAt?.getTime() ?? now.getTime()) + delaySecondsAfter(row?.hits ?? rule.freeAttempts, rule) * 1000 - now.getTime();
  return { allowed: false, remaining: 0, retryAfterSeconds: Math.max(1, Math.ceil(waitMs / 1000)) };
}
