import { and, eq } from "drizzle-orm";
import { z } from "zod";
import type { Db } from "@/db";
import { providerMembers, providers, users } from "@/db/schema";
import type { SessionUser } from "@/lib/auth/load-session-user";
import { assertCanManageProvider, ForbiddenError } from "@/lib/auth/policy";
import { recordAudit } from "@/lib/audit/record-audit";
import { catalogChanged } from "@/lib/catalog/catalog-changed";

// The provider's public profile (shown at /providers/[slug] and as the credential
// issuer) and its team. Any member edits the profile; only an owner changes the team.

export const profileFormSchema = z.object({
  name: z.string().trim().min(2, "must be at least 2 characters").max(120, "must be at most 120 characters"),
  description: z.string().trim().max(5000, "must be at most 5,000 characters").default(""),
  website: z
    .string()
    .trim()
    .max(300)
    .refine((v) => v === "" || /^https?:\/\/[^\s/]+\.[^\s]+$/.test(v), "must be an address such as https://example.org")
    .transform((v) => (v === "" ? null : v)),
});
export type ProfileFormValues = z.output<typeof profileFormSchema>;

export async function updateProviderProfile(db: Db, input: { actor: SessionUser | null; providerId: string; values: ProfileFormValues; logoUrl?: string }) {
  assertCanManageProvider(input.actor, input.providerId);
  return db.transaction(async (tx) => {
    const [before] = await tx.select().from(providers).where(eq(providers.id, input.providerId)).for("update");
    const [row] = await tx
      .update(providers)
      .set({ name: input.values.name, description: input.values.description, url: input.values.website, ...(input.logoUrl ? { logoUrl: input.logoUrl } : {}) })
      .where(eq(providers.id, input.providerId))
      .returning();
    await recordAudit(tx, {
      actorId: input.actor!.id,
      action: "provider.update_profile",
      targetType: "provider",
      targetId: input.providerId,
      before: { name: before!.name, url: before!.url, logoUrl: before!.logoUrl },
      after: { name: row!.name, url: row!.url, logoUrl: row!.logoUrl },
    });
    await catalogChanged(tx, { reason: "provider.update_profile" });
    return row!;
  });
}

function assertOwner(actor: SessionUser | null, providerId: string): asserts actor is SessionUser {
  assertCanManageProvider(actor, providerId);
  const isOwner = actor.memberships.some((m) => m.providerId === providerId && m.role === "owner");
  if (!isOwner && !actor.isAdmin) throw new ForbiddenError("Only an owner can change the team");
}

export const addEditorSchema = z.object({ email: z.email("must be an email address").trim().toLowerCase() });

export type TeamResult = { ok: true } | { ok: false; message: string };

/** Adds an existing user as an editor. Unknown emails are refused: we never create accounts here. */
export async function addEditor(db: Db, input: { actor: SessionUser | null; providerId: string; email: string }): Promise<TeamResult> {
  assertOwner(input.actor, input.providerId);
  const [user] = await db.select({ id: users.id }).from(users).where(eq(users.email, input.email.trim().toLowerCase()));
  if (!user) return { ok: false, message: "No Microcred account uses that email. Ask them to sign up first." };
  return db.transaction(async (tx) => {
    const [row] = await tx.insert(providerMembers).values({ providerId: input.providerId, userId: user.id, role: "editor" }).onConflictDoNothing().returning();
    if (!row) return { ok: false, message: "That person is already a member." } as const;
    await recordAudit(tx, { actorId: input.actor!.id, action: "provider.add_editor", targetType: "provider", targetId: input.providerId, after: { userId: user.id, role: "editor" } });
    return { ok: true } as const;
  });
}

/** Removes an editor. Owners are not removed here, so a provider always keeps one. */
export async function removeMember(db: Db, input: { actor: SessionUser | null; providerId: string; userId: string }): Promise<TeamResult> {
  assertOwner(input.actor, input.providerId);
  return db.transaction(async (tx) => {
    const [row] = await tx
      .delete(providerMembers)
      .where(and(eq(providerMembers.providerId, input.providerId), eq(providerMembers.userId, input.userId), eq(providerMembers.role, "editor")))
      .returning();
    if (!row) return { ok: false, message: "Only editors can be removed." } as const;
    await recordAudit(tx, { actorId: input.actor!.id, action: "provider.remove_member", targetType: "provider", targetId: input.providerId, before: { userId: input.userId, role: "editor" } });
    return { ok: true } as const;
  });
}

export async function listMembers(db: Db, input: { actor: SessionUser | null; providerId: string }) {
  assertCanManageProvider(input.actor, input.providerId);
  return db
    .select({ userId: users.id, name: users.name, email: users.email, role: providerMembers.role })
    .from(providerMembers)
    .innerJoin(users, eq(users.id, providerMembers.userId))
    .where(eq(providerMembers.providerId, input.providerId))
    .orderBy(providerMembers.role, users.email);
}
