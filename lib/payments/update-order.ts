import { and, eq, ne, sql } from "drizzle-orm";
import type { Db } from "@/db";
import { enrollments, orders, type Order } from "@/db/schema";
import { revokeCredentialsForEnrollment } from "@/lib/credentials/revoke-credential";
import { enqueueOrderMails } from "@/lib/mail/enqueue-order-mails";
import { accessForOrder, deriveOrderStatus, factsOf, type OrderFacts } from "./order-state";

export type OrderChange = { before: Order; after: Order; becamePaid: boolean; accessChanged: boolean };

/**
 * The one write path for an order's payment facts. Locks the order row, merges the
 * new facts, derives the status and brings the purchase's enrollment in line — all
 * in one transaction, so parallel webhooks and the success page serialize here.
 */
export async function updateOrderFacts(
  db: Db,
  orderId: string,
  merge: (current: OrderFacts, order: Order) => Partial<OrderFacts> & { paymentIntentId?: string | null },
): Promise<OrderChange | null> {
  return db.transaction(async (tx) => {
    const [order] = await tx.select().from(orders).where(eq(orders.id, orderId)).for("update");
    if (!order) return null;
    const current = factsOf(order);
    const { paymentIntentId, ...patch } = merge(current, order);
    const facts: OrderFacts = { ...current, ...patch };
    const status = deriveOrderStatus(facts);
    const [after] = await tx
      .update(orders)
      .set({
        status,
        paidAt: facts.paidAt,
        refundedAmount: facts.refundedAmount,
        disputeStatus: facts.disputeStatus,
        ...(paymentIntentId && !order.stripePaymentIntentId ? { stripePaymentIntentId: paymentIntentId } : {}),
      })
      .where(eq(orders.id, orderId))
      .returning();
    const accessChanged = await syncPurchaseEnrollment(tx, after!);
    await enqueueOrderMails(tx, { before: order, after: after! }); // receipt / refund notice commit with the fact
    return { before: order, after: after!, becamePaid: !order.paidAt && Boolean(after!.paidAt), accessChanged };
  });
}

// Brings the enrollment a purchase granted in line with the order. A refund of an
// old order never touches access that a newer order or a grant gave.
async function syncPurchaseEnrollment(tx: Db, order: Order): Promise<boolean> {
  const access = accessForOrder(order.status);
  if (!access) return false;
  if (access === "active") {
    const rows = await tx
      .insert(enrollments)
      .values({ userId: order.userId, courseId: order.courseId, source: "purchase", orderId: order.id, status: "active" })
      .onConflictDoUpdate({
        target: [enrollments.userId, enrollments.courseId],
        set: { status: "active", source: "purchase", orderId: order.id, statusChangedAt: sql`now()` },
        // A paid order reopens any lost access: the learner has paid for it again.
        setWhere: ne(enrollments.status, "active"),
      })
      .returning({ id: enrollments.id });
    return rows.length > 0;
  }
  const rows = await tx
    .update(enrollments)
    .set({ status: access, statusChangedAt: sql`now()` })
    .where(and(eq(enrollments.orderId, order.id), ne(enrollments.status, access)))
    .returning({ id: enrollments.id });
  // A full refund or a lost chargeback takes back the credential earned through this
  // purchase too (status list re-signed, audited), in this same transaction.
  if (access === "refunded" || access === "revoked") {
    const reason = access === "refunded" ? "The purchase was refunded." : "The payment was reversed by a chargeback.";
    for (const row of rows) await revokeCredentialsForEnrollment(tx, { enrollmentId: row.id, reason });
  }
  return rows.length > 0;
}
