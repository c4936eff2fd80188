import { RateLimiterDrizzle, RateLimiterMemory, RateLimiterRedis, RateLimiterRes, type RateLimiterAbstract } from "rate-limiter-flexible";
import type { Db } from "@/db";
import { rateLimitCounters } from "@/db/schema";
import { sharedRedisClient } from "@/lib/cache/redis-cache.mjs";
import { env } from "@/lib/config/env";

/** `name` keeps rules apart in the store (e.g. "api", "signin-ip"); keys are per client. */
export type LimitRule = { name: string; limit: number; windowSeconds: number };
export type LimitResult = { allowed: boolean; remaining: number; retryAfterSeconds: number };

const limiters = new WeakMap<Db, Map<string, Promise<RateLimiterAbstract>>>();

// One library (rate-limiter-flexible), two shared stores: Redis when REDIS_URL is set
// (an in-memory limiter stands in per instance while Redis is unreachable, so an outage
// degrades the limit instead of failing requests), else the database every instance
// already shares (RateLimiterDrizzle: one atomic upsert per hit, on either driver).
async function createLimiter(db: Db, rule: LimitRule): Promise<RateLimiterAbstract> {
  const { REDIS_URL, REDIS_KEY_PREFIX } = env();
  const budget = { points: rule.limit, duration: rule.windowSeconds };
  if (REDIS_URL) {
    return new RateLimiterRedis({
      ...budget,
      storeClient: await sharedRedisClient(REDIS_URL),
      useRedisPackage: true,
      keyPrefix: `${REDIS_KEY_PREFIX}:limit:${rule.name}`,
      insuranceLimiter: new RateLimiterMemory(budget),
    });
  }
  return new RateLimiterDrizzle({ ...budget, storeClient: db, schema: rateLimitCounters, keyPrefix: rule.name });
}

function limiterFor(db: Db, rule: LimitRule): Promise<RateLimiterAbstract> {
  let byRule = limiters.get(db);
  if (!byRule) limiters.set(db, (byRule = new Map()));
  const id = `${rule.name}:${rule.limit}:${rule.windowSeconds}`;
  let limiter = byRule.get(id);
  if (!limiter) byRule.set(id, (limiter = createLimiter(db, rule)));
  return limiter;
}

/**
 * Counts one hit of `key` against `rule`, shared by every app instance. The building
 * block for every limit in the app: the public APIs here, and sign-in limits can sit on
 * it too (same result shape as lib/auth/rate-limit.ts).
 */
export async function consumeSharedLimit(db: Db, rule: LimitRule, key: string): Promise<LimitResult> {
  const limiter = await limiterFor(db, rule);
  try {
    const res = await limiter.consume(key);
    return { allowed: true, remaining: res.remainingPoints, retryAfterSeconds: 0 };
  } catch (refusal) {
    if (!(refusal instanceof RateLimiterRes)) throw refusal;
    return { allowed: false, remaining: 0, retryAfterSeconds: Math.max(1, Math.ceil(refusal.msBeforeNext / 1000)) };
  }
}
