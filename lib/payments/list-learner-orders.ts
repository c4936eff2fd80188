import { and, desc, eq, notInArray } from "drizzle-orm";
import type { Db } from "@/db";
import { courses, orders, providers } from "@/db/schema";

// A learner's purchases, newest first. Checkout attempts that never took money
// (expired, failed) are left out: they are not receipts.
export async function listLearnerOrders(db: Db, input: { userId: string }) {
  return db
    .select({
      id: orders.id,
      status: orders.status,
      amount: orders.amount,
      currency: orders.currency,
      refundedAmount: orders.refundedAmount,
      createdAt: orders.createdAt,
      paidAt: orders.paidAt,
      courseTitle: courses.title,
      courseSlug: courses.slug,
      providerName: providers.name,
    })
    .from(orders)
    .innerJoin(courses, eq(courses.id, orders.courseId))
    .innerJoin(providers, eq(providers.id, orders.providerId))
    .where(and(eq(orders.userId, input.userId), notInArray(orders.status, ["expired", "failed"])))
    .orderBy(desc(orders.createdAt));
}
