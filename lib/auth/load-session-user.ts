import { eq } from "drizzle-orm";
import type { Db } from "@/db";
import { providerMembers, providers, users } from "@/db/schema";

export type Membership = { providerId: string; providerSlug: string; providerName: string; role: "owner" | "editor" };
export type SessionUser = { id: string; name: string | null; email: string; isAdmin: boolean; memberships: Membership[] };

// Roles come from the rows, never from the token: revoking a role, suspending a
// user or bumping their session version takes effect on the very next request.
export async function loadSessionUser(db: Db, input: { userId: string; sessionVersion: number }): Promise<SessionUser | null> {
  const [user] = await db
    .select({ id: users.id, name: users.name, email: users.email, isAdmin: users.isAdmin, suspendedAt: users.suspendedAt, sessionVersion: users.sessionVersion })
    .from(users)
    .where(eq(users.id, input.userId))
    .limit(1);
  if (!user || user.suspendedAt || user.sessionVersion !== input.sessionVersion) return null;
  const memberships = await db
    .select({ providerId: providers.id, providerSlug: providers.slug, providerName: providers.name, role: providerMembers.role })
    .from(providerMembers)
    .innerJoin(providers, eq(providers.id, providerMembers.providerId))
    .where(eq(providerMembers.userId, user.id))
    .orderBy(providers.name);
  return { id: user.id, name: user.name, email: user.email, isAdmin: user.isAdmin, memberships };
}
