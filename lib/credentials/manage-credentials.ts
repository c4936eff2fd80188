import { and, desc, eq, ilike, isNotNull, or, type SQL } from "drizzle-orm";
import { z } from "zod";
import type { Db } from "@/db";
import { achievements, courses, credentials, providers, users } from "@/db/schema";
import type { SessionUser } from "@/lib/auth/load-session-user";
import { assertAdmin, assertCanManageProvider } from "@/lib/auth/policy";
import { isUuid } from "./credential-urls";
import { revokeCredential } from "./revoke-credential";

export const revokeInputSchema = z.object({
  credentialId: z.uuid("Unknown credential"),
  reason: z.string().trim().min(5, "Give a reason of at least 5 characters (it is shown on the verification page)").max(500, "Keep the reason under 500 characters"),
});

const columns = {
  id: credentials.id,
  issuedAt: credentials.issuedAt,
  revokedAt: credentials.revokedAt,
  revocationReason: credentials.revocationReason,
  learnerEmail: users.email,
  learnerName: users.name,
  achievementName: achievements.name,
  courseTitle: courses.title,
  providerName: providers.name,
};

function baseQuery(db: Db) {
  return db
    .select(columns)
    .from(credentials)
    .innerJoin(users, eq(users.id, credentials.userId))
    .innerJoin(achievements, eq(achievements.id, credentials.achievementId))
    .innerJoin(courses, eq(courses.id, achievements.courseId))
    .innerJoin(providers, eq(providers.id, credentials.providerId));
}

function scope(actor: SessionUser, providerId: string | undefined): SQL | undefined {
  if (providerId) {
    assertCanManageProvider(actor, providerId);
    return eq(credentials.providerId, providerId);
  }
  assertAdmin(actor);
  return undefined;
}

/** Credentials by id, learner email or course title: an admin sees all, a provider its own. */
export async function findCredentials(db: Db, input: { actor: SessionUser; query: string; providerId?: string }) {
  const within = scope(input.actor, input.providerId);
  const q = input.query.trim().slice(0, 200);
  if (!q) return [];
  const escaped = q.replace(/[\\%_]/g, (c) => `\\${c}`);
  const match = isUuid(q.toLowerCase())
    ? eq(credentials.id, q.toLowerCase())
    : q.includes("@")
      ? eq(users.email, q.toLowerCase())
      : or(ilike(courses.title, `%${escaped}%`), ilike(achievements.name, `%${escaped}%`), ilike(users.name, `%${escaped}%`));
  return baseQuery(db)
    .where(and(within, match))
    .orderBy(desc(credentials.issuedAt), desc(credentials.id))
    .limit(50);
}

/** The latest revocations, newest first. */
export async function listRevocations(db: Db, input: { actor: SessionUser; providerId?: string; limit?: number }) {
  const within = scope(input.actor, input.providerId);
  return baseQuery(db)
    .where(and(within, isNotNull(credentials.revokedAt)))
    .orderBy(desc(credentials.revokedAt), desc(credentials.id))
    .limit(input.limit ?? 50);
}

export type RevokeOutcome = { ok: true } | { ok: false; reason: "not_found" | "already_revoked" };

/** An admin, or a member of the issuing provider, revokes with a reason (audited). */
export async function revokeCredentialAsActor(db: Db, input: { actor: SessionUser; credentialId: string; reason: string; providerId?: string }): Promise<RevokeOutcome> {
  const [row] = await db.select({ providerId: credentials.providerId }).from(credentials).where(eq(credentials.id, input.credentialId)).limit(1);
  if (!row || (input.providerId && row.providerId !== input.providerId)) return { ok: false, reason: "not_found" };
  assertCanManageProvider(input.actor, row.providerId);
  const revoked = await revokeCredential(db, { credentialId: input.credentialId, actorId: input.actor.id, reason: input.reason });
  return revoked ? { ok: true } : { ok: false, reason: "already_revoked" };
}
