import { sql } from "drizzle-orm";
import type { Db } from "@/db";
import { rateLimitBuckets } from "@/db/schema";
import { timestamptz } from "@/db/sql-helpers";
import { env } from "@/lib/config/env";

export type RateLimitRule = { limit: number; windowSeconds: number };

// The auth policy (which limits, for what) lives in auth-limits.ts.

/**
 * The end-to-end suite signs the same demo accounts in dozens of times, and signs
 * up dozens of fresh learners, from one address; AUTH_RATE_LIMIT_SCALE raises every
 * auth limit (sign-in, sign-up, email links) for it. Env validation refuses
 * any scale but 1 unless APP_URL is localhost.
 */
export function scaledLimit(rule: RateLimitRule): RateLimitRule {
  const scale = env().AUTH_RATE_LIMIT_SCALE;
  return scale === 1 ? rule : { ...rule, limit: rule.limit * scale };
}

export type RateLimitResult = { allowed: boolean; remaining: number; retryAfterSeconds: number };

// One atomic upsert per hit: the row either starts a new window or counts into the
// current one, so concurrent requests on several instances can't both slip through.
export async function consumeRateLimit(db: Db, key: string, rule: RateLimitRule, now = new Date()): Promise<RateLimitResult> {
  const windowStartFloor = new Date(now.getTime() - rule.windowSeconds * 1000);
  const [row] = await db
    .insert(rateLimitBuckets)
    .values({ key, windowStart: now, hits: 1 })
    .onConflictDoUpdate({
      target: rateLimitBuckets.key,
      set: {
        hits: sql`case when ${rateLimitBuckets.windowStart} <= ${timestamptz(windowStartFloor)} then 1 else ${rateLimitBuckets.hits} + 1 end`,
        windowStart: sql`case when ${rateLimitBuckets.windowStart} <= ${timestamptz(windowStartFloor)} then ${timestamptz(now)} else ${rateLimitBuckets.windowStart} end`,
      },
    })
    .returning({ hits: rateLimitBuckets.hits, windowStart: rateLimitBuckets.windowStart });
  const hits = row?.hits ?? 1;
  const windowEnds = (row?.windowStart ?? now).getTime() + rule.windowSeconds * 1000;
  return {
    allowed: hits <= rule.limit,
    remaining: Math.max(0, rule.limit - hits),
    retryAfterSeconds: Math.max(1, Math.ceil((windowEnds - now.getTime()) / 1000)),
  };
}

/** Checks several limits (e.g. per IP and per email); all are counted, any may refuse. */
export async function consumeRateLimits(db: Db, checks: [string, RateLimitRule][], now = new Date()): Promise<RateLimitResult> {
  const results = [];
  for (const [key, rule] of checks) results.push(await consumeRateLimit(db, key, rule, now));
  const refused = results.filter((r) => !r.allowed);
  if (refused.length === 0) return { allowed: true, remaining: Math.min(...results.map((r) => r.remaining)), retryAfterSeconds: 0 };
  return { allowed: false, remaining: 0, retryAfterSeconds: Math.max(...refused.map((r) => r.retryAfterSeconds)) };
}
