import { eq } from "drizzle-orm";
import type { Db } from "@/db";
import { auditLog, users } from "@/db/schema";
import { normalizeEmail } from "./email";

/** Admins are only ever made here (CLI), never through a form. */
export async function grantAdmin(db: Db, input: { email: string }): Promise<{ status: "granted" | "already_admin" | "no_such_user" }> {
  const email = normalizeEmail(input.email);
  return db.transaction(async (tx) => {
    const [user] = await tx.select({ id: users.id, isAdmin: users.isAdmin }).from(users).where(eq(users.email, email)).limit(1);
    if (!user) return { status: "no_such_user" as const };
    if (user.isAdmin) return { status: "already_admin" as const };
    await tx.update(users).set({ isAdmin: true }).where(eq(users.id, user.id));
    await tx.insert(auditLog).values({
      actorId: null,
      action: "user.grant_admin",
      targetType: "user",
      targetId: user.id,
      before: { isAdmin: false },
      after: { isAdmin: true },
      reason: "granted from the command line",
    });
    return { status: "granted" as const };
  });
}
