import { and, desc, eq } from "drizzle-orm";
import type { Db } from "@/db";
import { courses, enrollments, orders, providers } from "@/db/schema";
import { canSellPaidCourses } from "@/lib/payments/provider-payments";

export type PurchaseState = {
  access: "none" | "active" | "suspended" | "refunded" | "revoked";
  /** A delayed payment (e.g. bank debit) is on its way. */
  processingOrderId: string | null;
  /** Whether "Buy" can work right now (paid course, provider can take charges). */
  purchasable: boolean;
};

// What the course page's call to action needs to know about one learner.
export async function getPurchaseState(db: Db, input: { userId: string; courseId: string }): Promise<PurchaseState | null> {
  const [course] = await db
    .select({ priceAmount: courses.priceAmount, status: courses.status, provider: providers })
    .from(courses)
    .innerJoin(providers, eq(providers.id, courses.providerId))
    .where(eq(courses.id, input.courseId));
  if (!course) return null;
  const [[enrollment], [processing]] = await Promise.all([
    db
      .select({ status: enrollments.status })
      .from(enrollments)
      .where(and(eq(enrollments.userId, input.userId), eq(enrollments.courseId, input.courseId))),
    db
      .select({ id: orders.id, paymentIntentId: orders.stripePaymentIntentId })
      .from(orders)
      .where(and(eq(orders.userId, input.userId), eq(orders.courseId, input.courseId), eq(orders.status, "pending")))
      .orderBy(desc(orders.createdAt))
      .limit(1),
  ]);
  return {
    access: enrollment?.status ?? "none",
    // Pending with a payment intent = paid by a method that settles later.
    processingOrderId: processing?.paymentIntentId ? processing.id : null,
    purchasable: course.status === "published" && course.priceAmount > 0 && canSellPaidCourses(course.provider),
  };
}
