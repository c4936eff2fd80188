import { createHash, randomBytes } from "node:crypto";
import { and, eq, gt, isNull, sql } from "drizzle-orm";
import type { Db } from "@/db";
import { passwordResetTokens, users } from "@/db/schema";
import { timestamptz } from "@/db/sql-helpers";
import { enqueueMail } from "@/lib/mail/enqueue-mail";
import { passwordResetMail } from "@/lib/mail/templates";
import { hashPassword } from "./passwords";

export const RESET_TOKEN_TTL_MS = 30 * 60 * 1000;

const sha256 = (value: string) => createHash("sha256").update(value).digest("hex");

/** Sends a reset link when the account exists; silently does nothing otherwise. */
export async function requestPasswordReset(db: Db, input: { email: string; appUrl: string; now?: Date }): Promise<void> {
  const now = input.now ?? new Date();
  const [user] = await db.select({ id: users.id, suspendedAt: users.suspendedAt }).from(users).where(eq(users.email, input.email)).limit(1);
  if (!user || user.suspendedAt) return;
  const token = randomBytes(32).toString("base64url");
  // The token and its mail (sealed: it carries the link) commit together.
  await db.transaction(async (tx) => {
    await tx.insert(passwordResetTokens).values({
      tokenHash: sha256(token),
      userId: user.id,
      expiresAt: new Date(now.getTime() + RESET_TOKEN_TTL_MS),
    });
    await enqueueMail(tx, { to: input.email, ...passwordResetMail(`${input.appUrl}/reset-password?token=${token}`), secret: true });
  });
}

export type ResetResult = { ok: true } | { ok: false; reason: "invalid_or_expired" };

// Single use under concurrency: the token row is claimed by one conditional UPDATE,
// so two parallel submissions cannot both succeed. The new password ends every
// existing session (session version bump) and confirms the email.
export async function resetPassword(db: Db, input: { token: string; password: string; now?: Date }): Promise<ResetResult> {
  const now = input.now ?? new Date();
  const passwordHash = await hashPassword(input.password);
  return db.transaction(async (tx) => {
    const [claimed] = await tx
      .update(passwordResetTokens)
      .set({ usedAt: now })
      .where(
        and(
          eq(passwordResetTokens.tokenHash, sha256(input.token)),
          isNull(passwordResetTokens.usedAt),
          gt(passwordResetTokens.expiresAt, now),
        ),
      )
      .returning({ userId: passwordResetTokens.userId });
    if (!claimed) return { ok: false, reason: "invalid_or_expired" } as const;
    await tx
      .update(users)
      .set({
        passwordHash,
        sessionVersion: sql`${users.sessionVersion} + 1`,
        emailVerified: sql`coalesce(${users.emailVerified}, ${timestamptz(now)})`,
      })
      .where(eq(users.id, claimed.userId));
    return { ok: true } as const;
  });
}
