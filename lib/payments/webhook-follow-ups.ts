import type Stripe from "stripe";
import type { Db } from "@/db";
import { refundDuplicatePayment } from "./refund-duplicate-payment";
import { orderFollowUps } from "./send-order-mails";
import type { FollowUp } from "./stripe-event-handlers";

/**
 * After the webhook's transaction committed: mails (receipts, refund notices) and the
 * automatic refund of a duplicate payment, which must talk to Stripe and so never runs
 * inside the transaction. A duplicate that could not be refunded stays flagged for
 * refundFlaggedDuplicates.
 */
export function webhookFollowUps(db: Db, stripe: Stripe | null, appUrl: string) {
  const mails = orderFollowUps(db, appUrl);
  return async (tasks: FollowUp[]) => {
    const duplicates = tasks.filter((t) => t.kind === "refund_duplicate");
    if (stripe) for (const task of duplicates) await refundDuplicatePayment(db, stripe, { orderId: task.orderId });
    await mails(tasks.filter((t) => t.kind !== "refund_duplicate"));
  };
}
