import { and, desc, eq } from "drizzle-orm";
import type { Db } from "@/db";
import { auditLog, courses, enrollments, orders, providers, refunds, users } from "@/db/schema";
import type { SessionUser } from "@/lib/auth/load-session-user";
import { assertAdmin } from "@/lib/auth/policy";

/** An order with its learner, course, provider, refunds, the access it grants and its audit trail. */
export async function getOrderDetail(db: Db, input: { actor: SessionUser | null; orderId: string }) {
  assertAdmin(input.actor);
  const [row] = await db
    .select({
      order: orders,
      learner: { id: users.id, email: users.email, name: users.name },
      course: { id: courses.id, title: courses.title, slug: courses.slug },
      provider: { id: providers.id, name: providers.name, slug: providers.slug },
    })
    .from(orders)
    .innerJoin(users, eq(users.id, orders.userId))
    .innerJoin(courses, eq(courses.id, orders.courseId))
    .innerJoin(providers, eq(providers.id, orders.providerId))
    .where(eq(orders.id, input.orderId));
  if (!row) return null;
  const [orderRefunds, [enrollment], history] = await Promise.all([
    db.select().from(refunds).where(eq(refunds.orderId, row.order.id)).orderBy(desc(refunds.createdAt)),
    db
      .select({ status: enrollments.status, orderId: enrollments.orderId })
      .from(enrollments)
      .where(and(eq(enrollments.userId, row.learner.id), eq(enrollments.courseId, row.course.id))),
    db
      .select({ id: auditLog.id, action: auditLog.action, reason: auditLog.reason, createdAt: auditLog.createdAt, actorEmail: users.email })
      .from(auditLog)
      .leftJoin(users, eq(users.id, auditLog.actorId))
      .where(and(eq(auditLog.targetType, "order"), eq(auditLog.targetId, row.order.id)))
      .orderBy(desc(auditLog.createdAt)),
  ]);
  return { ...row, refunds: orderRefunds, enrollment: enrollment ?? null, history };
}
