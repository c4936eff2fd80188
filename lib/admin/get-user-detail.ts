import { and, desc, eq } from "drizzle-orm";
import type { Db } from "@/db";
import { achievements, auditLog, courses, credentials, enrollments, orders, providerMembers, providers, users } from "@/db/schema";
import type { SessionUser } from "@/lib/auth/load-session-user";
import { assertAdmin } from "@/lib/auth/policy";

/** One user as the admin console shows them: roles, enrollments, orders, credentials and the last suspension reason. */
export async function getUserDetail(db: Db, input: { actor: SessionUser | null; userId: string }) {
  assertAdmin(input.actor);
  const [user] = await db
    .select({ id: users.id, name: users.name, email: users.email, isAdmin: users.isAdmin, emailVerified: users.emailVerified, suspendedAt: users.suspendedAt, createdAt: users.createdAt })
    .from(users)
    .where(eq(users.id, input.userId));
  if (!user) return null;
  const [memberships, userEnrollments, userOrders, userCredentials, [suspension]] = await Promise.all([
    db
      .select({ providerId: providers.id, providerName: providers.name, providerSlug: providers.slug, role: providerMembers.role })
      .from(providerMembers)
      .innerJoin(providers, eq(providers.id, providerMembers.providerId))
      .where(eq(providerMembers.userId, user.id))
      .orderBy(providers.name),
    db
      .select({ id: enrollments.id, courseTitle: courses.title, courseSlug: courses.slug, status: enrollments.status, source: enrollments.source, completedAt: enrollments.completedAt, createdAt: enrollments.createdAt })
      .from(enrollments)
      .innerJoin(courses, eq(courses.id, enrollments.courseId))
      .where(eq(enrollments.userId, user.id))
      .orderBy(desc(enrollments.createdAt)),
    db
      .select({ id: orders.id, courseTitle: courses.title, amount: orders.amount, currency: orders.currency, refundedAmount: orders.refundedAmount, status: orders.status, createdAt: orders.createdAt })
      .from(orders)
      .innerJoin(courses, eq(courses.id, orders.courseId))
      .where(eq(orders.userId, user.id))
      .orderBy(desc(orders.createdAt)),
    db
      .select({ id: credentials.id, achievementName: achievements.name, courseTitle: courses.title, issuedAt: credentials.issuedAt, validUntil: credentials.validUntil, revokedAt: credentials.revokedAt, revocationReason: credentials.revocationReason })
      .from(credentials)
      .innerJoin(achievements, eq(achievements.id, credentials.achievementId))
      .innerJoin(courses, eq(courses.id, achievements.courseId))
      .where(eq(credentials.userId, user.id))
      .orderBy(desc(credentials.issuedAt)),
    user.suspendedAt
      ? db
          .select({ reason: auditLog.reason, createdAt: auditLog.createdAt })
          .from(auditLog)
          .where(and(eq(auditLog.targetType, "user"), eq(auditLog.targetId, user.id), eq(auditLog.action, "user.suspend")))
          .orderBy(desc(auditLog.createdAt))
          .limit(1)
      : Promise.resolve([]),
  ]);
  return { user, memberships, enrollments: userEnrollments, orders: userOrders, credentials: userCredentials, suspensionReason: suspension?.reason ?? null };
}

/** Providers to offer in the "grant membership" select. */
export async function listProviderChoices(db: Db, input: { actor: SessionUser | null }) {
  assertAdmin(input.actor);
  return db.select({ id: providers.id, name: providers.name, status: providers.status }).from(providers).orderBy(providers.name);
}
