import { and, eq } from "drizzle-orm";
import type Stripe from "stripe";
import { z } from "zod";
import type { Db } from "@/db";
import { auditLog, courses, enrollments, orders, refundRequests, users } from "@/db/schema";
import type { SessionUser } from "@/lib/auth/load-session-user";
import { assertCanManageProvider } from "@/lib/auth/policy";
import { enqueueMail } from "@/lib/mail/enqueue-mail";
import { refundRequestDecisionMail } from "@/lib/mail/templates";
import { getMarketplaceSettings } from "@/lib/settings/get-marketplace-settings";
import { refundOrder } from "./refund-order";

export const refundRequestSchema = z.object({
  orderId: z.uuid("Unknown order"),
  reason: z.string().trim().min(10, "Tell the provider why, in at least 10 characters").max(2000, "Keep it under 2,000 characters"),
});

export const refundDecisionSchema = z.discriminatedUnion("decision", [
  z.object({ requestId: z.uuid(), decision: z.literal("grant"), note: z.string().trim().max(1000).optional() }),
  z.object({
    requestId: z.uuid(),
    decision: z.literal("decline"),
    note: z.string().trim().min(5, "Tell the learner why (at least 5 characters)").max(1000),
  }),
]);

export type RefundEligibility = { eligible: true; deadline: Date } | { eligible: false; reason: string };

/**
 * A learner may ask for a refund of a paid order within the refund window, and not
 * after earning the course's credential (completion is what earns it).
 */
export async function checkRefundEligibility(db: Db, input: { userId: string; orderId: string; now?: Date }): Promise<RefundEligibility> {
  const [row] = await db
    .select({ order: orders, completedAt: enrollments.completedAt })
    .from(orders)
    .leftJoin(enrollments, and(eq(enrollments.userId, orders.userId), eq(enrollments.courseId, orders.courseId)))
    .where(and(eq(orders.id, input.orderId), eq(orders.userId, input.userId)));
  if (!row) return { eligible: false, reason: "Order not found." };
  const { order } = row;
  if (order.status !== "paid") return { eligible: false, reason: "Only paid orders that have not been refunded can be refunded." };
  if (!order.paidAt) return { eligible: false, reason: "This order has not been paid." };
  if (row.completedAt) return { eligible: false, reason: "You completed this course and earned its credential, so it can no longer be refunded." };
  const { refundWindowDays } = await getMarketplaceSettings(db);
  const deadline = new Date(order.paidAt.getTime() + refundWindowDays * 86_400_000);
  if ((input.now ?? new Date()) > deadline) return { eligible: false, reason: `Refunds are possible within ${refundWindowDays} days of purchase.` };
  return { eligible: true, deadline };
}

export async function requestRefund(
  db: Db,
  input: { userId: string } & z.infer<typeof refundRequestSchema>,
): Promise<{ ok: true; requestId: string } | { ok: false; message: string }> {
  const eligibility = await checkRefundEligibility(db, input);
  if (!eligibility.eligible) return { ok: false, message: eligibility.reason };
  const [created] = await db
    .insert(refundRequests)
    .values({ orderId: input.orderId, userId: input.userId, reason: input.reason })
    .onConflictDoNothing()
    .returning({ id: refundRequests.id });
  if (!created) return { ok: false, message: "You already asked for a refund of this order; the provider will answer soon." };
  return { ok: true, requestId: created.id };
}

export type DecideResult = { ok: true } | { ok: false; message: string };

/**
 * The provider (or an admin) grants or declines. The request is claimed with a
 * conditional update first, so two people deciding at once cannot refund twice; a
 * grant whose Stripe refund fails puts the request back to pending.
 */
export async function decideRefundRequest(
  db: Db,
  stripe: Stripe | null,
  input: { actor: SessionUser; appUrl: string } & z.infer<typeof refundDecisionSchema>,
): Promise<DecideResult> {
  const [request] = await db
    .select({ request: refundRequests, providerId: orders.providerId, courseTitle: courses.title, email: users.email })
    .from(refundRequests)
    .innerJoin(orders, eq(orders.id, refundRequests.orderId))
    .innerJoin(courses, eq(courses.id, orders.courseId))
    .innerJoin(users, eq(users.id, refundRequests.userId))
    .where(eq(refundRequests.id, input.requestId));
  if (!request) return { ok: false, message: "Refund request not found." };
  assertCanManageProvider(input.actor, request.providerId);
  if (input.decision === "grant" && !stripe) return { ok: false, message: "Payments are not configured." };

  const [claimed] = await db
    .update(refundRequests)
    .set({ status: input.decision === "grant" ? "granted" : "declined", decidedBy: input.actor.id, decidedAt: new Date(), decisionNote: input.note || null })
    .where(and(eq(refundRequests.id, input.requestId), eq(refundRequests.status, "pending")))
    .returning();
  if (!claimed) return { ok: false, message: "Someone already decided this request." };

  if (input.decision === "grant") {
    const refund = await refundOrder(db, stripe!, {
      actor: input.actor,
      orderId: claimed.orderId,
      reason: `Refund request granted${input.note ? `: ${input.note}` : ""}`,
      appUrl: input.appUrl,
    });
    if (!refund.ok) {
      await db
        .update(refundRequests)
        .set({ status: "pending", decidedBy: null, decidedAt: null, decisionNote: null })
        .where(eq(refundRequests.id, claimed.id));
      return { ok: false, message: refund.message };
    }
  } else {
    await db.insert(auditLog).values({
      actorId: input.actor.id,
      action: "refund_request.decline",
      targetType: "order",
      targetId: claimed.orderId,
      before: { status: "pending" },
      after: { status: "declined" },
      reason: input.note ?? null,
    });
  }
  await enqueueMail(db, {
    key: `refund-request-decision:${claimed.id}`,
    to: request.email,
    ...refundRequestDecisionMail({
      courseTitle: request.courseTitle,
      granted: input.decision === "grant",
      note: input.note ?? null,
      orderId: claimed.orderId,
      appUrl: input.appUrl,
    }),
  });
  return { ok: true };
}
