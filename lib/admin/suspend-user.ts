import { and, eq, isNotNull, isNull, sql } from "drizzle-orm";
import type { Db } from "@/db";
import { sessions, users } from "@/db/schema";
import { recordAudit } from "@/lib/audit/record-audit";
import type { SessionUser } from "@/lib/auth/load-session-user";
import { assertAdmin } from "@/lib/auth/policy";
import { conflict, notFound, type AdminResult } from "./admin-result";

// A suspended user cannot sign in by any path (password, magic link, OAuth: see
// verify-credentials.ts and auth.ts's signIn callback) and every session they have
// ends at once: the session version is bumped, and loadSessionUser refuses both a
// suspended user and a stale version on the very next request.
export async function suspendUser(db: Db, input: { actor: SessionUser | null; userId: string; reason: string }): Promise<AdminResult> {
  assertAdmin(input.actor);
  const actor = input.actor;
  if (input.userId === actor.id) return conflict("You cannot suspend yourself.");
  return db.transaction(async (tx) => {
    const [user] = await tx.select({ id: users.id, suspendedAt: users.suspendedAt }).from(users).where(eq(users.id, input.userId)).for("update");
    if (!user) return notFound("User");
    if (user.suspendedAt) return conflict("This user is already suspended.");
    const [after] = await tx
      .update(users)
      .set({ suspendedAt: new Date(), sessionVersion: sql`${users.sessionVersion} + 1` })
      .where(and(eq(users.id, user.id), isNull(users.suspendedAt)))
      .returning({ suspendedAt: users.suspendedAt });
    await tx.delete(sessions).where(eq(sessions.userId, user.id)); // database sessions too, should any exist
    await recordAudit(tx, { actorId: actor.id, action: "user.suspend", targetType: "user", targetId: user.id, before: { suspendedAt: null }, after: { suspendedAt: after!.suspendedAt }, reason: input.reason });
    return { ok: true } as const;
  });
}

export async function reinstateUser(db: Db, input: { actor: SessionUser | null; userId: string; reason: string }): Promise<AdminResult> {
  assertAdmin(input.actor);
  const actor = input.actor;
  return db.transaction(async (tx) => {
    const [user] = await tx.select({ id: users.id, suspendedAt: users.suspendedAt }).from(users).where(eq(users.id, input.userId)).for("update");
    if (!user) return notFound("User");
    if (!user.suspendedAt) return conflict("This user is not suspended.");
    await tx.update(users).set({ suspendedAt: null }).where(and(eq(users.id, user.id), isNotNull(users.suspendedAt)));
    await recordAudit(tx, { actorId: actor.id, action: "user.reinstate", targetType: "user", targetId: user.id, before: { suspendedAt: user.suspendedAt }, after: { suspendedAt: null }, reason: input.reason });
    return { ok: true } as const;
  });
}
