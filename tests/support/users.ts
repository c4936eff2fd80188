import type { Db } from "@/db";
import { providerMembers, users } from "@/db/schema";
import { hashPassword } from "@/lib/auth/passwords";
import { loadSessionUser, type SessionUser } from "@/lib/auth/load-session-user";

let n = 0;
export async function makeUser(db: Db, over: Partial<typeof users.$inferInsert> & { password?: string } = {}) {
  const { password, ...values } = over;
  const [user] = await db
    .insert(users)
    .values({
      email: `user-${Date.now().toString(36)}-${n++}@example.test`,
      name: "Test User",
      emailVerified: new Date(),
      passwordHash: password ? await hashPassword(password) : null,
      ...values,
    })
    .returning();
  return user!;
}

export async function makeMember(db: Db, userId: string, providerId: string, role: "owner" | "editor" = "owner") {
  await db.insert(providerMembers).values({ userId, providerId, role });
}

export async function sessionUser(db: Db, userId: string): Promise<SessionUser> {
  const user = await loadSessionUser(db, { userId, sessionVersion: 1 });
  if (!user) throw new Error("no session user");
  return user;
}
