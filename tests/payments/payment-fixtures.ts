import { eq } from "drizzle-orm";
import type Stripe from "stripe";
import type { Db } from "@/db";
import { enrollments, orders } from "@/db/schema";
import { startCheckout } from "@/lib/payments/start-checkout";
import { makeCourse, makeProvider } from "../support/fixtures";
import { makeUser } from "../support/users";

/** A provider that can take charges, a paid course of theirs and a learner. */
export async function makePaidCourseSetup(db: Db, over: { priceAmount?: number; currency?: string } = {}) {
  const provider = await makeProvider(db, { stripeAccountId: `acct_${Math.random().toString(36).slice(2, 14)}`, chargesEnabled: true, payoutsEnabled: true });
  const course = await makeCourse(db, provider.id, { priceAmount: over.priceAmount ?? 4900, currency: over.currency ?? "USD" });
  const learner = await makeUser(db);
  return { provider, course, learner };
}

export async function checkoutAs(db: Db, stripe: Stripe, setup: Awaited<ReturnType<typeof makePaidCourseSetup>>) {
  const outcome = await startCheckout(db, stripe, {
    userId: setup.learner.id,
    email: setup.learner.email,
    courseId: setup.course.id,
    appUrl: "http://localhost:3999",
  });
  if (outcome.kind !== "redirect") throw new Error(`expected a redirect, got ${outcome.kind}`);
  const [order] = await db.select().from(orders).where(eq(orders.id, outcome.orderId));
  return { outcome, order: order! };
}

export async function enrollmentsOf(db: Db, userId: string) {
  return db.select().from(enrollments).where(eq(enrollments.userId, userId));
}

export async function orderById(db: Db, id: string) {
  const [order] = await db.select().from(orders).where(eq(orders.id, id));
  return order!;
}
