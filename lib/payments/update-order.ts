import { and, asc, eq } from "drizzle-orm";
import type { Db } from "@/db";
import { orders, type Order } from "@/db/schema";
import { recordAudit } from "@/lib/audit/record-audit";
import { enqueueJob } from "@/lib/jobs/enqueue-job";
import { enqueueOrderMails } from "@/lib/mail/enqueue-order-mails";
import { accessForOrder, deriveOrderStatus, factsOf, type OrderFacts } from "./order-state";
import { syncPurchasedAccess } from "./sync-purchased-access";

export type OrderChange = {
  before: Order;
  after: Order;
  becamePaid: boolean;
  accessChanged: boolean;
  /** This payment duplicates access another order already gave: flagged for an automatic refund. */
  duplicateOf: string | null;
};

/**
 * The one write path for an order's payment facts. Locks every order the learner has
 * for the course (access follows all of them, so changes to any two must serialize;
 * always in id order, so two callers can never deadlock), merges the new facts, derives
 * the status and brings the enrollment in line — all in one transaction, so parallel
 * webhooks and the success page line up here.
 */
export async function updateOrderFacts(
  db: Db,
  orderId: string,
  merge: (current: OrderFacts, order: Order) => Partial<OrderFacts> & { paymentIntentId?: string | null },
): Promise<OrderChange | null> {
  return db.transaction(async (tx) => {
    const [head] = await tx.select({ userId: orders.userId, courseId: orders.courseId }).from(orders).where(eq(orders.id, orderId));
    if (!head) return null;
    const siblings = await tx
      .select()
      .from(orders)
      .where(and(eq(orders.userId, head.userId), eq(orders.courseId, head.courseId)))
      .orderBy(asc(orders.id))
      .for("update");
    const order = siblings.find((o) => o.id === orderId);
    if (!order) return null;
    const current = factsOf(order);
    const { paymentIntentId, ...patch } = merge(current, order);
    const facts: OrderFacts = { ...current, ...patch };
    const becamePaid = !order.paidAt && Boolean(facts.paidAt);
    // A second payment for a course the learner already has through another paid order.
    const original = becamePaid ? siblings.find((o) => o.id !== order.id && accessForOrder(o.status) === "active" && !o.duplicateOfOrderId) : undefined;
    const [after] = await tx
      .update(orders)
      .set({
        status: deriveOrderStatus(facts),
        paidAt: facts.paidAt,
        refundedAmount: facts.refundedAmount,
        disputeStatus: facts.disputeStatus,
        ...(paymentIntentId && !order.stripePaymentIntentId ? { stripePaymentIntentId: paymentIntentId } : {}),
        ...(original ? { duplicateOfOrderId: original.id } : {}),
      })
      .where(eq(orders.id, orderId))
      .returning();
    if (original) {
      await recordAudit(tx, {
        actorId: null,
        action: "order.duplicate_payment",
        targetType: "order",
        targetId: order.id,
        before: { status: order.status },
        after: { status: after!.status, duplicateOf: original.id, refund: "automatic" },
        reason: "Paid again for a course the learner already had access to through another order.",
      });
      // Stripe is asked for the refund by a job after this commits, never with these rows locked.
      await enqueueJob(tx, "order-refund-duplicate", { orderId: order.id });
    }
    const accessChanged = await syncPurchasedAccess(tx, siblings.map((o) => (o.id === orderId ? after! : o)));
    await enqueueOrderMails(tx, { before: order, after: after! }); // receipt / refund notice commit with the fact
    return { before: order, after: after!, becamePaid, accessChanged, duplicateOf: original?.id ?? null };
  });
}
