import type { Db } from "@/db";
import type { Order } from "@/db/schema";
import { enqueueJob } from "@/lib/jobs/enqueue-job";

/**
 * Called inside updateOrderFacts' transaction, which every payment fact goes through:
 * the receipt is queued with the change that made the order paid, the refund notice
 * with the change that raised the refunded total. Whichever path records the fact —
 * webhook, success page, admin refund — the mail commits with it or not at all.
 */
export async function enqueueOrderMails(tx: Db, change: { before: Order; after: Order }): Promise<void> {
  if (!change.before.paidAt && change.after.paidAt) await enqueueJob(tx, "order-receipt", { orderId: change.after.id });
  if (change.after.refundedAmount > change.before.refundedAmount) {
    await enqueueJob(tx, "order-refund-notice", { orderId: change.after.id, refundedAmount: change.after.refundedAmount });
  }
}
