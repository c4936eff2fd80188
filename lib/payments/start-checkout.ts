import { and, eq } from "drizzle-orm";
import { refundDuplicatePayment } from "./refund-duplicate-payment";
import type Stripe from "stripe";
import type { Db } from "@/db";
import { courses, orders, providers, type Order } from "@/db/schema";
import { getCourseAccess } from "@/lib/enrollments/get-course-access";
import { getMarketplaceSettings } from "@/lib/settings/get-marketplace-settings";
import { closeUnpaidOrder } from "./close-order";
import { idOf } from "./find-order";
import { fulfillOrder } from "./fulfill-order";
import { computePlatformFee, effectiveFeeBps } from "./platform-fee";
import { canSellPaidCourses } from "./provider-payments";
import { updateOrderFacts } from "./update-order";

export type CheckoutInput = { userId: string; email: string; courseId: string; appUrl: string };

export type CheckoutOutcome =
  | { kind: "redirect"; url: string; orderId: string }
  | { kind: "enrolled" }
  | { kind: "processing"; orderId: string }
  | { kind: "unavailable"; message: string };

// How long a learner has on Stripe's page; Stripe's minimum is 30 minutes.

/**
 * "Buy": one pending order per learner and course (a database rule), and one Stripe
 * Checkout Session per order (the order id is the idempotency key). A double click,
 * a second tab or a retry lands on the same session; a learner who already has
 * access is never sent to pay again.
 */
export async function startCheckout(db: Db, stripe: Stripe, input: CheckoutInput): Promise<CheckoutOutcome> {
  const [course] = await db
    .select({ course: courses, provider: providers })
    .from(courses)
    .innerJoin(providers, eq(providers.id, courses.providerId))
    .where(eq(courses.id, input.courseId));
  if (!course || course.course.status !== "published" || course.provider.status !== "approved") {
    return { kind: "unavailable", message: "This course is not for sale." };
  }
  if (course.course.priceAmount === 0) return { kind: "unavailable", message: "This course is free: enroll instead." };
  if (!canSellPaidCourses(course.provider)) {
    return { kind: "unavailable", message: "This provider cannot take payments at the moment. Please try again later." };
  }

  for (let attempt = 0; attempt < 3; attempt++) {
    if ((await getCourseAccess(db, { userId: input.userId, courseId: input.courseId })).hasAccess) return { kind: "enrolled" };

    const [pending] = await db
      .select()
      .from(orders)
      .where(and(eq(orders.userId, input.userId), eq(orders.courseId, input.courseId), eq(orders.status, "pending")));
    if (pending) {
      const resumed = await resumePendingOrder(db, stripe, pending);
      if (resumed) return resumed;
      continue; // it was closed; start a new one
    }

    const settings = await getMarketplaceSettings(db);
    const feeBps = effectiveFeeBps(course.provider, settings);
    const amount = course.course.priceAmount;
    const [order] = await db
      .insert(orders)
      .values({
        userId: input.userId,
        courseId: input.courseId,
        providerId: course.provider.id,
        amount,
        currency: course.course.currency,
        platformFeeBps: feeBps,
        platformFeeAmount: computePlatformFee(amount, feeBps),
        destinationAccountId: course.provider.stripeAccountId,
      })
      .onConflictDoNothing()
      .returning();
    if (!order) {
      // A parallel click created it a moment ago; give it time to attach its session.
      await new Promise((resolve) => setTimeout(resolve, 250));
      continue;
    }
    return createSessionForOrder(db, stripe, order, {
      ...input,
      title: course.course.title,
      summary: course.course.summary,
      expiryMinutes: settings.checkoutExpiryMinutes,
    });
  }
  return { kind: "unavailable", message: "Checkout is busy; please try again." };
}

async function createSessionForOrder(
  db: Db,
  stripe: Stripe,
  order: Order,
  input: CheckoutInput & { title: string; summary: string; expiryMinutes: number },
): Promise<CheckoutOutcome> {
  const base = input.appUrl.replace(/\/$/, "");
  try {
    const session = await stripe.checkout.sessions.create(
      {
        mode: "payment",
        client_reference_id: order.id,
        customer_email: input.email,
        line_items: [
          {
            quantity: 1,
            price_data: {
              currency: order.currency.toLowerCase(),
              unit_amount: order.amount,
              product_data: { name: input.title, description: input.summary.slice(0, 500) },
            },
          },
        ],
        metadata: { order_id: order.id, course_id: order.courseId, user_id: order.userId },
        payment_intent_data: {
          // Destination charge: the provider is paid, the platform keeps its fee.
          application_fee_amount: order.platformFeeAmount,
          transfer_data: { destination: order.destinationAccountId! },
          metadata: { order_id: order.id },
        },
        success_url: `${base}/checkout/success?order=${order.id}&session_id={CHECKOUT_SESSION_ID}`,
        cancel_url: `${base}/checkout/cancelled?order=${order.id}`,
        expires_at: Math.floor(Date.now() / 1000) + input.expiryMinutes * 60,
      },
      { idempotencyKey: `checkout-session-${order.id}` },
    );
    if (!session.url) throw new Error("Stripe returned a session without a URL");
    const [attached] = await db
      .update(orders)
      .set({
        stripeCheckoutSessionId: session.id,
        stripeCheckoutUrl: session.url,
        stripeCheckoutExpiresAt: new Date(session.expires_at * 1000),
      })
      // A parallel "Buy" may have given up on this order while Stripe was answering:
      // then nobody may pay this session.
      .where(and(eq(orders.id, order.id), eq(orders.status, "pending")))
      .returning({ id: orders.id });
    if (!attached) {
      await stripe.checkout.sessions.expire(session.id).catch(() => undefined);
      return { kind: "unavailable", message: "Checkout is busy; please try again." };
    }
    return { kind: "redirect", url: session.url, orderId: order.id };
  } catch (error) {
    console.error(`[checkout] could not create a session for order ${order.id}`, error);
    await closeUnpaidOrder(db, { orderId: order.id, as: "failed" });
    return { kind: "unavailable", message: "We could not reach the payment provider. Nothing was charged; please try again." };
  }
}

// An earlier attempt is still pending. Ask Stripe how it stands before starting
// another: reuse an open session, finish a paid one (webhook not here yet), or close it.
async function resumePendingOrder(db: Db, stripe: Stripe, order: Order): Promise<CheckoutOutcome | null> {
  if (!order.stripeCheckoutSessionId) {
    const ageMs = Date.now() - order.createdAt.getTime();
    if (ageMs < 30_000) {
      await new Promise((resolve) => setTimeout(resolve, 250));
      return null;
    }
    await closeUnpaidOrder(db, { orderId: order.id, as: "failed" });
    return null;
  }
  let session = await stripe.checkout.sessions.retrieve(order.stripeCheckoutSessionId);
  if (session.status === "open" && session.url && session.expires_at * 1000 > Date.now() + 60_000) {
    return { kind: "redirect", url: session.url, orderId: order.id };
  }
  if (session.status === "open") {
    // About to lapse: expire it first. If Stripe refuses, the learner may have paid a
    // moment ago (the late payment): look again instead of closing a paid order.
    session = await stripe.checkout.sessions.expire(session.id).catch(() => stripe.checkout.sessions.retrieve(session.id));
  }
  if (session.status === "complete") return finishPaidSession(db, stripe, order, session);
  // Only a session Stripe says is expired can no longer be paid: close the order then.
  if (session.status !== "expired") return { kind: "unavailable", message: "Checkout is busy; please try again." };
  await closeUnpaidOrder(db, { orderId: order.id, as: "expired" });
  return null;
}

async function finishPaidSession(db: Db, stripe: Stripe, order: Order, session: Stripe.Checkout.Session): Promise<CheckoutOutcome> {
  const result = await fulfillOrder(db, {
    orderId: order.id,
    paymentStatus: session.payment_status,
    paymentIntentId: idOf(session.payment_intent),
    amountTotal: session.amount_total,
    currency: session.currency,
  });
  if (result.outcome === "not_paid") {
    await updateOrderFacts(db, order.id, () => ({ paymentIntentId: idOf(session.payment_intent) }));
    return { kind: "processing", orderId: order.id };
  }
  if ("change" in result && result.change.duplicateOf) await refundDuplicatePayment(db, stripe, { orderId: order.id });
  return { kind: "enrolled" };
}
