import { desc, eq } from "drizzle-orm";
import type { Db } from "@/db";
import { courses } from "@/db/schema";
import type { SessionUser } from "@/lib/auth/load-session-user";
import { assertCanManageProvider } from "@/lib/auth/policy";

/** Every course of one provider, drafts included: members and admins only. */
export async function listProviderCourses(db: Db, input: { actor: SessionUser | null; providerId: string }) {
  assertCanManageProvider(input.actor, input.providerId);
  return db
    .select({ id: courses.id, slug: courses.slug, title: courses.title, status: courses.status, priceAmount: courses.priceAmount, currency: courses.currency, updatedAt: courses.updatedAt })
    .from(courses)
    .where(eq(courses.providerId, input.providerId))
    .orderBy(desc(courses.updatedAt));
}
