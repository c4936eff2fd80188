import { and, desc, eq } from "drizzle-orm";
import { z } from "zod";
import type { Db } from "@/db";
import { providerApplications } from "@/db/schema";

export const applicationSchema = z.object({
  organizationName: z.string().trim().min(2, "Enter your organisation's name").max(120, "Name is too long"),
  website: z
    .url({ protocol: /^https?$/, message: "Enter the full address, e.g. https://example.org" })
    .max(300, "Address is too long"),
  description: z.string().trim().min(20, "Tell us a little more (at least 20 characters)").max(2000, "At most 2,000 characters"),
});

export type ApplyResult = { ok: true; id: string } | { ok: false; reason: "already_pending" };

// "One open application per person" is a partial unique index; a double submit
// loses the race at the database and gets the friendly answer.
export async function applyAsProvider(db: Db, input: { userId: string } & z.infer<typeof applicationSchema>): Promise<ApplyResult> {
  const inserted = await db
    .insert(providerApplications)
    .values({ userId: input.userId, organizationName: input.organizationName, website: input.website, description: input.description })
    .onConflictDoNothing()
    .returning({ id: providerApplications.id });
  return inserted[0] ? { ok: true, id: inserted[0].id } : { ok: false, reason: "already_pending" };
}

export async function listMyApplications(db: Db, input: { userId: string }) {
  return db
    .select()
    .from(providerApplications)
    .where(eq(providerApplications.userId, input.userId))
    .orderBy(desc(providerApplications.createdAt));
}

export async function hasPendingApplication(db: Db, input: { userId: string }): Promise<boolean> {
  const rows = await db
    .select({ id: providerApplications.id })
    .from(providerApplications)
    .where(and(eq(providerApplications.userId, input.userId), eq(providerApplications.status, "pending")))
    .limit(1);
  return rows.length > 0;
}
