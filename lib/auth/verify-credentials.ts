import { eq } from "drizzle-orm";
import { z } from "zod";
import type { Db } from "@/db";
import { users } from "@/db/schema";
import { emailSchema } from "./email";
import { burnPasswordCheck, verifyPassword } from "./passwords";
import { consumeAuthLimits, recordSignInSuccess } from "./auth-limits";

const credentialsSchema = z.object({ email: emailSchema, password: z.string().min(1).max(200) });

export type CredentialsResult =
  | { ok: true; user: { id: string; name: string | null; email: string; sessionVersion: number } }
  | { ok: false; reason: "invalid" | "rate_limited" };

// One answer for every failure (unknown email, wrong password, unconfirmed or
// suspended account) so the response never tells whether an account exists.
export async function verifyCredentials(db: Db, input: { email: unknown; password: unknown; ip: string }): Promise<CredentialsResult> {
  const parsed = credentialsSchema.safeParse({ email: input.email, password: input.password });
  if (!parsed.success) return { ok: false, reason: "invalid" };
  const { email, password } = parsed.data;

  const limit = await consumeAuthLimits(db, { kind: "signin", address: input.ip, email });
  if (!limit.allowed) return { ok: false, reason: "rate_limited" };

  const [user] = await db.select().from(users).where(eq(users.email, email)).limit(1);
  if (!user?.passwordHash) {
    await burnPasswordCheck(password);
    return { ok: false, reason: "invalid" };
  }
  const matches = await verifyPassword(user.passwordHash, password);
  if (!matches || !user.emailVerified || user.suspendedAt) return { ok: false, reason: "invalid" };
  await recordSignInSuccess(db, { email, address: input.ip });
  return { ok: true, user: { id: user.id, name: user.name, email: user.email, sessionVersion: user.sessionVersion } };
}
