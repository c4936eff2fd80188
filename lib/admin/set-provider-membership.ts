import { and, eq } from "drizzle-orm";
import type { Db } from "@/db";
import { providerMembers, providers, users } from "@/db/schema";
import { recordAudit } from "@/lib/audit/record-audit";
import type { SessionUser } from "@/lib/auth/load-session-user";
import { assertAdmin } from "@/lib/auth/policy";
import { conflict, notFound, type AdminResult } from "./admin-result";

/** Makes a user a member (owner or editor) of a provider; takes effect on their next request. */
export async function grantProviderMembership(
  db: Db,
  input: { actor: SessionUser | null; userId: string; providerId: string; role: "owner" | "editor"; reason: string | null },
): Promise<AdminResult> {
  assertAdmin(input.actor);
  const actor = input.actor;
  return db.transaction(async (tx) => {
    const [user] = await tx.select({ id: users.id }).from(users).where(eq(users.id, input.userId));
    if (!user) return notFound("User");
    const [provider] = await tx.select({ id: providers.id }).from(providers).where(eq(providers.id, input.providerId));
    if (!provider) return notFound("Provider");
    const inserted = await tx.insert(providerMembers).values({ userId: user.id, providerId: provider.id, role: input.role }).onConflictDoNothing().returning();
    if (inserted.length === 0) return conflict("This user is already a member of that provider.");
    await recordAudit(tx, {
      actorId: actor.id,
      action: "provider_member.grant",
      targetType: "user",
      targetId: user.id,
      before: null,
      after: { providerId: provider.id, role: input.role },
      reason: input.reason,
    });
    return { ok: true } as const;
  });
}

export async function removeProviderMembership(db: Db, input: { actor: SessionUser | null; userId: string; providerId: string; reason: string | null }): Promise<AdminResult> {
  assertAdmin(input.actor);
  const actor = input.actor;
  return db.transaction(async (tx) => {
    const [removed] = await tx
      .delete(providerMembers)
      .where(and(eq(providerMembers.userId, input.userId), eq(providerMembers.providerId, input.providerId)))
      .returning();
    if (!removed) return notFound("Membership");
    await recordAudit(tx, {
      actorId: actor.id,
      action: "provider_member.remove",
      targetType: "user",
      targetId: removed.userId,
      before: { providerId: removed.providerId, role: removed.role },
      after: null,
      reason: input.reason,
    });
    return { ok: true } as const;
  });
}
