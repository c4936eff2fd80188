import { and, eq, gt, sql } from "drizzle-orm";
import type { Db } from "@/db";
import { rateLimitBuckets, signInAddresses } from "@/db/schema";
import { consumeRateLimit, scaledLimit, type RateLimitResult, type RateLimitRule } from "./rate-limit";
import { consumeSlowDown, type SlowDownRule } from "./slow-down";

/**
 * Every sign-in, sign-up, magic-link and reset request goes through here (OWASP ASVS
 * 4.0 §2.2.1 / 5.0 V6.3.1). Three layers, checked in order, each counted only when the
 * one before let the request through:
 *
 * 1. per address: hard limit; only that address (the attacker's own) is refused.
 * 2. per (address, account): hard limit; one address guessing one account.
 * 3. per account, from any address: slow-down, never a lock, and skipped for addresses
 *    the account has signed in from with its password in the last 90 days, so the owner
 *    at home is never held up by someone else's failures.
 */
export type AuthLimitKind = "signin" | "emaillink" | "signup";

type Policy = { perAddress: RateLimitRule; perAddressAccount: RateLimitRule; perAccount: SlowDownRule | null };

export const AUTH_LIMITS: Record<AuthLimitKind, Policy> = {
  // ≤ 8 free + at most one guess a minute afterwards: under 100 failures an hour per account.
  signin: {
    perAddress: { limit: 20, windowSeconds: 600 },
    perAddressAccount: { limit: 8, windowSeconds: 600 },
    perAccount: { freeAttempts: 8, windowSeconds: 3600, maxDelaySeconds: 60 },
  },
  // Magic links and resets send mail: a few per hour, then one every few minutes at most.
  emaillink: {
    perAddress: { limit: 10, windowSeconds: 3600 },
    perAddressAccount: { limit: 5, windowSeconds: 3600 },
    perAccount: { freeAttempts: 5, windowSeconds: 3600, maxDelaySeconds: 900 },
  },
  // Sign-up always ends on "check your email"; the mail itself is limited as an email link.
  signup: {
    perAddress: { limit: 10, windowSeconds: 3600 },
    perAddressAccount: { limit: 5, windowSeconds: 3600 },
    perAccount: { freeAttempts: 5, windowSeconds: 3600, maxDelaySeconds: 900 },
  },
};

export const KNOWN_ADDRESS_DAYS = 90;

export type AuthLimitResult = RateLimitResult & { refusedBy?: "address" | "address_account" | "account" };

function scaledSlowDown(rule: SlowDownRule): SlowDownRule {
  return { ...rule, freeAttempts: scaledLimit({ limit: rule.freeAttempts, windowSeconds: rule.windowSeconds }).limit };
}

export async function isKnownAddress(db: Db, input: { email: string; address: string; now?: Date }): Promise<boolean> {
  const since = new Date((input.now ?? new Date()).getTime() - KNOWN_ADDRESS_DAYS * 86_400_000);
  const [row] = await db
    .select({ email: signInAddresses.email })
    .from(signInAddresses)
    .where(and(eq(signInAddresses.email, input.email), eq(signInAddresses.address, input.address), gt(signInAddresses.lastSuccessAt, since)))
    .limit(1);
  return Boolean(row);
}

export async function consumeAuthLimits(
  db: Db,
  input: { kind: AuthLimitKind; address: string; email: string; now?: Date },
): Promise<AuthLimitResult> {
  const policy = AUTH_LIMITS[input.kind];
  const now = input.now ?? new Date();
  const key = (layer: string) => `${input.kind}:${layer}:`;
  const byAddress = await consumeRateLimit(db, `${key("ip")}${input.address}`, scaledLimit(policy.perAddress), now);
  if (!byAddress.allowed) return { ...byAddress, refusedBy: "address" };
  const byPair = await consumeRateLimit(db, `${key("ip-email")}${input.address}:${input.email}`, scaledLimit(policy.perAddressAccount), now);
  if (!byPair.allowed) return { ...byPair, refusedBy: "address_account" };
  if (!policy.perAccount || (await isKnownAddress(db, { email: input.email, address: input.address, now }))) return byPair;
  const byAccount = await consumeSlowDown(db, `${key("email")}${input.email}`, scaledSlowDown(policy.perAccount), now);
  return byAccount.allowed ? byAccount : { ...byAccount, refusedBy: "account" };
}

/** A correct password: remember the address, and forget this address's failures for the account. */
export async function recordSignInSuccess(db: Db, input: { email: string; address: string; now?: Date }): Promise<void> {
  const now = input.now ?? new Date();
  await db
    .insert(signInAddresses)
    .values({ email: input.email, address: input.address, lastSuccessAt: now })
    .onConflictDoUpdate({ target: [signInAddresses.email, signInAddresses.address], set: { lastSuccessAt: now } });
  await db.delete(rateLimitBuckets).where(sql`${rateLimitBuckets.key} = ${`signin:ip-email:${input.address}:${input.email}`}`);
}
