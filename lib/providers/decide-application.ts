import { and, eq, like, or } from "drizzle-orm";
import { z } from "zod";
import type { Db } from "@/db";
import { auditLog, providerApplications, providerMembers, providers, users } from "@/db/schema";
import type { SessionUser } from "@/lib/auth/load-session-user";
import { assertAdmin } from "@/lib/auth/policy";
import { enqueueMail } from "@/lib/mail/enqueue-mail";
import { applicationDecisionMail } from "@/lib/mail/templates";

export const decisionSchema = z.discriminatedUnion("decision", [
  z.object({ decision: z.literal("approve"), reason: z.string().trim().max(1000).optional() }),
  z.object({ decision: z.literal("reject"), reason: z.string().trim().min(5, "Give the applicant a reason (at least 5 characters)").max(1000) }),
]);

export type DecisionResult = { ok: true; providerId: string | null } | { ok: false; reason: "not_found" | "already_decided" };

export function slugify(name: string): string {
  const slug = name
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 60)
    .replace(/-+$/g, "");
  return slug || "provider";
}

// Approving creates the provider and makes the applicant its owner, all in one
// transaction; the application row is claimed with a conditional update, so two
// admins clicking at once cannot create two providers.
export async function decideApplication(
  db: Db,
  input: { actor: SessionUser | null; applicationId: string; appUrl: string } & z.infer<typeof decisionSchema>,
): Promise<DecisionResult> {
  assertAdmin(input.actor);
  const actor = input.actor;
  const result = await db.transaction(async (tx) => {
    const [application] = await tx
      .update(providerApplications)
      .set({
        status: input.decision === "approve" ? "approved" : "rejected",
        decisionReason: input.reason || null,
        decidedBy: actor.id,
        decidedAt: new Date(),
      })
      .where(and(eq(providerApplications.id, input.applicationId), eq(providerApplications.status, "pending")))
      .returning();
    if (!application) {
      const [exists] = await tx.select({ id: providerApplications.id }).from(providerApplications).where(eq(providerApplications.id, input.applicationId));
      return { ok: false, reason: exists ? "already_decided" : "not_found" } as const;
    }

    let providerId: string | null = null;
    if (input.decision === "approve") {
      const base = slugify(application.organizationName);
      const taken = await tx
        .select({ slug: providers.slug })
        .from(providers)
        .where(or(eq(providers.slug, base), like(providers.slug, `${base}-%`)));
      const takenSlugs = new Set(taken.map((t) => t.slug));
      let slug = base;
      for (let n = 2; takenSlugs.has(slug); n++) slug = `${base}-${n}`;
      const [provider] = await tx
        .insert(providers)
        .values({ slug, name: application.organizationName, url: application.website, description: application.description, status: "approved" })
        .returning({ id: providers.id });
      providerId = provider!.id;
      await tx.insert(providerMembers).values({ providerId, userId: application.userId, role: "owner" });
      await tx.update(providerApplications).set({ providerId }).where(eq(providerApplications.id, application.id));
    }
    await tx.insert(auditLog).values({
      actorId: actor.id,
      action: input.decision === "approve" ? "provider_application.approve" : "provider_application.reject",
      targetType: "provider_application",
      targetId: application.id,
      before: { status: "pending" },
      after: { status: application.status, providerId },
      reason: input.reason || null,
    });
    const [applicant] = await tx.select({ email: users.email }).from(users).where(eq(users.id, application.userId));
    // Queued with the decision: a failed send is retried, never undoes the decision.
    if (applicant) {
      await enqueueMail(tx, {
        key: `application-decision:${application.id}`,
        to: applicant.email,
        ...applicationDecisionMail({ organizationName: application.organizationName, approved: input.decision === "approve", reason: input.reason || null, appUrl: input.appUrl }),
      });
    }
    return { ok: true, providerId } as const;
  });
  if (!result.ok) return result;
  return { ok: true, providerId: result.providerId };
}
