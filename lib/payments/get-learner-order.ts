import { and, eq } from "drizzle-orm";
import type { Db } from "@/db";
import { courses, orders, providers, refundRequests } from "@/db/schema";

// One order as its buyer sees it. Scoped by user id in the query itself, so another
// learner's order id simply does not exist for them.
export async function getLearnerOrder(db: Db, input: { userId: string; orderId: string }) {
  const [row] = await db
    .select({
      order: orders,
      course: { id: courses.id, slug: courses.slug, title: courses.title },
      provider: { name: providers.name, slug: providers.slug },
    })
    .from(orders)
    .innerJoin(courses, eq(courses.id, orders.courseId))
    .innerJoin(providers, eq(providers.id, orders.providerId))
    .where(and(eq(orders.id, input.orderId), eq(orders.userId, input.userId)));
  if (!row) return null;
  const requests = await db.select().from(refundRequests).where(eq(refundRequests.orderId, row.order.id)).orderBy(refundRequests.createdAt);
  return { ...row, refundRequests: requests };
}
