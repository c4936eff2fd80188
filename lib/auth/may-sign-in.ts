import { eq } from "drizzle-orm";
import type { Db } from "@/db";
import { users } from "@/db/schema";

/**
 * The last word on every sign-in (Auth.js `signIn` callback: magic link, OAuth and
 * password alike): a suspended account may not start a session. A first magic-link or
 * OAuth sign-in has no user row yet; it is created next, unsuspended.
 */
export async function maySignIn(db: Db, input: { userId: string | undefined }): Promise<boolean> {
  if (!input.userId) return true;
  const [row] = await db.select({ suspendedAt: users.suspendedAt }).from(users).where(eq(users.id, input.userId)).limit(1);
  return !row?.suspendedAt;
}
