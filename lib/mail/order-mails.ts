import { and, eq, isNull } from "drizzle-orm";
import type { Db } from "@/db";
import { courses, orders, providers, users } from "@/db/schema";
import { formatPrice } from "@/lib/catalog/format";
import { env } from "@/lib/config/env";
import { deliverMail } from "./deliver-mail";
import { orderReceiptMail, refundNoticeMail } from "./templates";

async function loadOrder(db: Db, orderId: string) {
  const [row] = await db
    .select({ order: orders, email: users.email, courseTitle: courses.title, courseSlug: courses.slug, providerName: providers.name })
    .from(orders)
    .innerJoin(users, eq(users.id, orders.userId))
    .innerJoin(courses, eq(courses.id, orders.courseId))
    .innerJoin(providers, eq(providers.id, orders.providerId))
    .where(eq(orders.id, orderId));
  return row ?? null;
}

/**
 * The `order-receipt` job, queued in the transaction that marked the order paid.
 * `receipt_sent_at` is set only after the mail went out, so a receipt is never marked
 * sent without being sent; the delivery key makes a rerun mail nothing new.
 */
export async function deliverOrderReceipt(db: Db, input: { orderId: string; appUrl?: string }): Promise<"sent" | "already_sent" | "not_paid"> {
  const row = await loadOrder(db, input.orderId);
  if (!row?.order.paidAt) return "not_paid";
  const outcome = await deliverMail(db, {
    key: `receipt:${row.order.id}`,
    to: row.email,
    ...orderReceiptMail({
      orderId: row.order.id,
      courseTitle: row.courseTitle,
      courseSlug: row.courseSlug,
      providerName: row.providerName,
      amount: formatPrice(row.order.amount, row.order.currency),
      paidAt: row.order.paidAt,
      appUrl: input.appUrl ?? env().APP_URL,
    }),
  });
  await db.update(orders).set({ receiptSentAt: new Date() }).where(and(eq(orders.id, row.order.id), isNull(orders.receiptSentAt)));
  return outcome;
}

/** The `order-refund-notice` job: one notice per refunded total of an order. */
export async function deliverRefundNotice(db: Db, input: { orderId: string; refundedAmount: number }) {
  const row = await loadOrder(db, input.orderId);
  if (!row) return "not_found" as const;
  return deliverMail(db, {
    key: `refund:${row.order.id}:${input.refundedAmount}`,
    to: row.email,
    ...refundNoticeMail({
      courseTitle: row.courseTitle,
      refunded: formatPrice(input.refundedAmount, row.order.currency),
      full: input.refundedAmount >= row.order.amount,
      orderId: row.order.id,
      appUrl: env().APP_URL,
    }),
  });
}
