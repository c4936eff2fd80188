import { and, eq, sql } from "drizzle-orm";
import type { Db } from "@/db";
import { enrollments, type Order } from "@/db/schema";
import {
  CHARGEBACK_REVOCATION_REASON,
  REFUND_REVOCATION_REASON,
  reinstateCredentialsForEnrollment,
} from "@/lib/credentials/reinstate-on-regained-access";
import { revokeCredentialsForEnrollment } from "@/lib/credentials/revoke-credential";
import { accessFromOrders } from "./course-access";

/**
 * Brings the enrollment in line with ALL of the learner's orders for the course (their
 * rows locked by the caller): refunding an older order leaves access a newer paid one
 * gives, and the enrollment then points at the order that still grants it. Access from
 * a free enrollment or a grant is never taken by a purchase's refund. Returns whether
 * the enrollment changed.
 */
export async function syncPurchasedAccess(tx: Db, courseOrders: Order[]): Promise<boolean> {
  const first = courseOrders[0];
  if (!first) return false;
  const [enrollment] = await tx
    .select()
    .from(enrollments)
    .where(and(eq(enrollments.userId, first.userId), eq(enrollments.courseId, first.courseId)))
    .for("update");
  const access = accessFromOrders(courseOrders, enrollment?.orderId ?? null);
  if (!access) return false;
  if (enrollment && enrollment.status === "active" && enrollment.source !== "purchase") return false;

  if (!enrollment) {
    if (access.status !== "active") return false;
    await tx.insert(enrollments).values({ userId: first.userId, courseId: first.courseId, source: "purchase", orderId: access.orderId, status: "active" });
    return true;
  }
  if (enrollment.status === access.status && enrollment.orderId === access.orderId && enrollment.source === "purchase") return false;
  // Only a purchase can reopen a lost enrollment or be refunded out of one; a free or
  // granted enrollment that is not active (e.g. a chargeback revoked it) is reopened by
  // a paid order, never closed further by one.
  if (enrollment.source !== "purchase" && access.status !== "active") return false;

  await tx
    .update(enrollments)
    .set({ status: access.status, source: "purchase", orderId: access.orderId, statusChangedAt: sql`now()` })
    .where(eq(enrollments.id, enrollment.id));
  const wasActive = enrollment.status === "active";
  if (!wasActive && access.status === "active") {
    // Access regained (bought again after a refund): a completed course gets its credential back.
    await reinstateCredentialsForEnrollment(tx, { enrollmentId: enrollment.id });
  }
  // A full refund or a lost chargeback takes back the credential earned through this
  // purchase too (status list re-signed, audited), in this same transaction.
  if (enrollment.status !== access.status && (access.status === "refunded" || access.status === "revoked")) {
    const reason = access.status === "refunded" ? REFUND_REVOCATION_REASON : CHARGEBACK_REVOCATION_REASON;
    await revokeCredentialsForEnrollment(tx, { enrollmentId: enrollment.id, reason });
  }
  return enrollment.status !== access.status;
}
