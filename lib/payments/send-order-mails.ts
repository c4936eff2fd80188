import { and, eq, isNull } from "drizzle-orm";
import type { Db } from "@/db";
import { courses, orders, providers, users } from "@/db/schema";
import { formatPrice } from "@/lib/catalog/format";
import { sendMail } from "@/lib/mail/send-mail";
import { orderReceiptMail, refundNoticeMail } from "@/lib/mail/templates";
import type { FollowUp } from "./stripe-event-handlers";

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
 * Sends the receipt once: the webhook and the success page may both get here, and
 * claiming receipt_sent_at first means only one of them mails. If the mail fails the
 * claim is released so the next caller tries again.
 */
export async function sendOrderReceipt(db: Db, input: { orderId: string; appUrl: string }): Promise<boolean> {
  const [claimed] = await db
    .update(orders)
    .set({ receiptSentAt: new Date() })
    .where(and(eq(orders.id, input.orderId), isNull(orders.receiptSentAt)))
    .returning({ id: orders.id });
  if (!claimed) return false;
  const row = await loadOrder(db, input.orderId);
  if (!row?.order.paidAt) return false;
  try {
    await sendMail({
      to: row.email,
      ...orderReceiptMail({
        orderId: row.order.id,
        courseTitle: row.courseTitle,
        courseSlug: row.courseSlug,
        providerName: row.providerName,
        amount: formatPrice(row.order.amount, row.order.currency),
        paidAt: row.order.paidAt,
        appUrl: input.appUrl,
      }),
    });
    return true;
  } catch (error) {
    await db.update(orders).set({ receiptSentAt: null }).where(eq(orders.id, input.orderId));
    throw error;
  }
}

export async function sendRefundNotice(db: Db, input: { orderId: string; appUrl: string }): Promise<void> {
  const row = await loadOrder(db, input.orderId);
  if (!row) return;
  await sendMail({
    to: row.email,
    ...refundNoticeMail({
      courseTitle: row.courseTitle,
      refunded: formatPrice(row.order.refundedAmount, row.order.currency),
      full: row.order.refundedAmount >= row.order.amount,
      orderId: row.order.id,
      appUrl: input.appUrl,
    }),
  });
}

export function orderFollowUps(db: Db, appUrl: string) {
  return async (tasks: FollowUp[]) => {
    for (const task of tasks) {
      if (task.kind === "receipt") await sendOrderReceipt(db, { orderId: task.orderId, appUrl });
      else await sendRefundNotice(db, { orderId: task.orderId, appUrl });
    }
  };
}
