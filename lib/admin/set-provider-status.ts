import { and, eq } from "drizzle-orm";
import type { Db } from "@/db";
import { providers } from "@/db/schema";
import { recordAudit } from "@/lib/audit/record-audit";
import { catalogChanged } from "@/lib/catalog/catalog-changed";
import type { SessionUser } from "@/lib/auth/load-session-user";
import { assertAdmin } from "@/lib/auth/policy";
import { conflict, notFound, type AdminResult } from "./admin-result";

// Suspending a provider takes its courses out of the catalog, search, sitemap and
// checkout at once: every public query asks for `providers.status = 'approved'`
// (lib/catalog/search-filters.ts, get-course.ts, start-checkout.ts). Course rows
// are left alone, so learners who are enrolled keep learning (access reads only
// the enrollment and the course's own status), and reinstating needs no undo list.
// The caller invalidates the cached catalog after the change.
export async function suspendProvider(db: Db, input: { actor: SessionUser | null; providerId: string; reason: string }): Promise<AdminResult> {
  return setStatus(db, input, { from: "approved", to: "suspended", action: "provider.suspend", wrong: "Only an approved provider can be suspended." });
}

export async function reinstateProvider(db: Db, input: { actor: SessionUser | null; providerId: string; reason: string }): Promise<AdminResult> {
  return setStatus(db, input, { from: "suspended", to: "approved", action: "provider.reinstate", wrong: "This provider is not suspended." });
}

async function setStatus(
  db: Db,
  input: { actor: SessionUser | null; providerId: string; reason: string },
  change: { from: "approved" | "suspended"; to: "approved" | "suspended"; action: string; wrong: string },
): Promise<AdminResult> {
  assertAdmin(input.actor);
  const actor = input.actor;
  return db.transaction(async (tx) => {
    const [updated] = await tx
      .update(providers)
      .set({ status: change.to })
      .where(and(eq(providers.id, input.providerId), eq(providers.status, change.from)))
      .returning({ id: providers.id });
    if (!updated) {
      const [exists] = await tx.select({ id: providers.id }).from(providers).where(eq(providers.id, input.providerId));
      return exists ? conflict(change.wrong) : notFound("Provider");
    }
    await recordAudit(tx, { actorId: actor.id, action: change.action, targetType: "provider", targetId: updated.id, before: { status: change.from }, after: { status: change.to }, reason: input.reason });
    await catalogChanged(tx, { reason: change.action, terms: true }); // its courses leave or return to the catalog
    return { ok: true } as const;
  });
}
