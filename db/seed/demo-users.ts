// Demo accounts (development only; the seed refuses production). Password for all:
// microcred-demo. Keyed by email, so reruns change nothing.
import { eq, inArray } from "drizzle-orm";
import { hashPassword } from "@/lib/auth/passwords";
import type { Db } from "../client";
import { providerMembers, providers, users } from "../schema";

export const DEMO_PASSWORD = "microcred-demo";
export const DEMO_PROVIDER_SLUG = "northwind-data-academy";
export const demoAccounts = [
  { email: "admin@microcred.test", name: "Ada Admin", isAdmin: true },
  { email: "provider@microcred.test", name: "Priya Provider", isAdmin: false },
  { email: "learner@microcred.test", name: "Leo Learner", isAdmin: false },
] as const;

export async function seedDemoUsers(db: Db, now: Date = new Date()): Promise<number> {
  const existing = await db.select({ email: users.email }).from(users).where(inArray(users.email, demoAccounts.map((a) => a.email)));
  const missing = demoAccounts.filter((a) => !existing.some((e) => e.email === a.email));
  if (missing.length === 0) return 0;
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  await db
    .insert(users)
    .values(missing.map((a) => ({ ...a, passwordHash, emailVerified: now })))
    .onConflictDoNothing({ target: users.email });
  const [providerUser] = await db.select({ id: users.id }).from(users).where(eq(users.email, "provider@microcred.test"));
  const [provider] = await db.select({ id: providers.id }).from(providers).where(eq(providers.slug, DEMO_PROVIDER_SLUG));
  if (providerUser && provider) {
    await db.insert(providerMembers).values({ providerId: provider.id, userId: providerUser.id, role: "owner" }).onConflictDoNothing();
  }
  return missing.length;
}
