import type { Db } from "@/db";
import { consumeAuthLimits } from "./auth-limits";

/** Thrown from Auth.js' signIn callback when a magic-link request is over its limits. */
export class MagicLinkRateLimited extends Error {
  constructor(readonly retryAfterSeconds: number) {
    super("Too many sign-in links requested");
    this.name = "MagicLinkRateLimited";
  }
}

/**
 * Magic links are limited where Auth.js creates them (its signIn callback), so the form's
 * server action and a direct POST to /api/auth/signin/email count alike, and a refused
 * request writes no verification token and sends no mail.
 */
export async function limitMagicLink(db: Db, input: { email: string; address: string }): Promise<void> {
  const limit = await consumeAuthLimits(db, { kind: "emaillink", address: input.address, email: input.email });
  if (!limit.allowed) throw new MagicLinkRateLimited(limit.retryAfterSeconds);
}

/** Whether an Auth.js error (AccessDenied wraps what the callback threw) is our rate limit. */
export function isMagicLinkRateLimited(error: unknown): boolean {
  for (let current = error, depth = 0; current && depth < 4; depth++) {
    if (current instanceof MagicLinkRateLimited) return true;
    const cause: unknown = current instanceof Error ? current.cause : undefined;
    current = cause && typeof cause === "object" && "err" in cause ? (cause as { err: unknown }).err : cause;
  }
  return false;
}
