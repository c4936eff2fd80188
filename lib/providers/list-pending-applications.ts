import { asc, eq } from "drizzle-orm";
import type { Db } from "@/db";
import { providerApplications, users } from "@/db/schema";
import type { SessionUser } from "@/lib/auth/load-session-user";
import { assertAdmin } from "@/lib/auth/policy";

export async function listPendingApplications(db: Db, input: { actor: SessionUser | null }) {
  assertAdmin(input.actor);
  return db
    .select({
      id: providerApplications.id,
      organizationName: providerApplications.organizationName,
      website: providerApplications.website,
      description: providerApplications.description,
      createdAt: providerApplications.createdAt,
      applicantName: users.name,
      applicantEmail: users.email,
    })
    .from(providerApplications)
    .innerJoin(users, eq(users.id, providerApplications.userId))
    .where(eq(providerApplications.status, "pending"))
    .orderBy(asc(providerApplications.createdAt));
}
