import { and, count, desc, eq, gte, lt, sql, type SQL } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import { z } from "zod";
import type { Db } from "@/db";
import { auditLog, users } from "@/db/schema";
import type { SessionUser } from "@/lib/auth/load-session-user";
import { assertAdmin } from "@/lib/auth/policy";
import { pageSchema, PAGE_SIZE, searchTextSchema } from "./admin-inputs";

const date = z.iso.date().optional().catch(undefined);

/** The audit log's filters as they arrive in the query string; anything malformed is dropped. */
export const auditFiltersSchema = z.object({
  actor: searchTextSchema.catch(undefined), // an email
  action: z.string().trim().regex(/^[a-z_]+(\.[a-z_]+)*$/).optional().catch(undefined),
  targetType: z.string().trim().regex(/^[a-z_]+$/).optional().catch(undefined),
  targetId: searchTextSchema.catch(undefined),
  from: date,
  to: date,
  page: pageSchema,
});
export type AuditFilters = Partial<z.infer<typeof auditFiltersSchema>> & { page: number };

// Read-only: the app has no path that updates or deletes audit entries.
export async function listAuditLog(db: Db, input: { actor: SessionUser | null; filters: AuditFilters }) {
  assertAdmin(input.actor);
  const f = input.filters;
  const actorUser = alias(users, "actor_user");
  const conditions: (SQL | undefined)[] = [
    f.actor ? eq(actorUser.email, f.actor.toLowerCase()) : undefined,
    f.action ? (f.action.includes(".") ? eq(auditLog.action, f.action) : sql`${auditLog.action} like ${`${f.action}.%`}`) : undefined,
    f.targetType ? eq(auditLog.targetType, f.targetType) : undefined,
    f.targetId ? eq(auditLog.targetId, f.targetId) : undefined,
    f.from ? gte(auditLog.createdAt, new Date(`${f.from}T00:00:00Z`)) : undefined,
    f.to ? lt(auditLog.createdAt, new Date(Date.parse(`${f.to}T00:00:00Z`) + 86_400_000)) : undefined,
  ];
  const where = and(...conditions);
  const [rows, [total], actions] = await Promise.all([
    db
      .select({
        id: auditLog.id,
        createdAt: auditLog.createdAt,
        actorEmail: actorUser.email,
        action: auditLog.action,
        targetType: auditLog.targetType,
        targetId: auditLog.targetId,
        before: auditLog.before,
        after: auditLog.after,
        reason: auditLog.reason,
      })
      .from(auditLog)
      .leftJoin(actorUser, eq(actorUser.id, auditLog.actorId))
      .where(where)
      .orderBy(desc(auditLog.createdAt), desc(auditLog.id))
      .limit(PAGE_SIZE)
      .offset((f.page - 1) * PAGE_SIZE),
    db.select({ n: count() }).from(auditLog).leftJoin(actorUser, eq(actorUser.id, auditLog.actorId)).where(where),
    db.selectDistinct({ action: auditLog.action }).from(auditLog).orderBy(auditLog.action),
  ]);
  return { rows, total: total?.n ?? 0, actions: actions.map((a) => a.action) };
}
