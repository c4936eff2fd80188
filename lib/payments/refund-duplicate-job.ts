import type { Db } from "@/db";
import { getPayments } from "./payments-config";
import { refundDuplicatePayment, type DuplicateRefundOutcome } from "./refund-duplicate-payment";

/**
 * The queue's handler for a flagged duplicate payment. A Stripe failure throws, so the
 * job is retried with backoff and, after its attempts, waits in /admin/jobs for an admin's
 * retry; the Stripe idempotency key makes every attempt the same refund.
 */
export async function refundDuplicateJob(db: Db, input: { orderId: string }): Promise<DuplicateRefundOutcome> {
  const payments = await getPayments();
  if (payments.mode === "disabled") throw new Error(`Payments are disabled: cannot refund duplicate order ${input.orderId}`);
  const outcome = await refundDuplicatePayment(db, payments.stripe, input);
  if (outcome === "stripe_error") throw new Error(`Stripe refused or did not answer the refund of duplicate order ${input.orderId}`);
  return outcome;
}
