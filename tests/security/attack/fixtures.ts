import { randomBytes } from "node:crypto";
import { and, eq } from "drizzle-orm";
import { courses, orders, providers, users } from "@/db/schema";
import { hashPassword } from "@/lib/auth/passwords";
import { fulfillOrder } from "@/lib/payments/fulfill-order";
import { attackDb } from "./support";

export const PASSWORD = "attack-suite-password-1";

/** A confirmed account with a password, made straight in the database. */
export async function makeAccount(label: string) {
  const { db } = await attackDb();
  const email = `${label}-${randomBytes(4).toString("hex")}@attack.test`;
  const [user] = await db.insert(users).values({ email, name: `${label} Person`, emailVerified: new Date(), passwordHash: await hashPassword(PASSWORD) }).returning();
  return user!;
}

/** A paid order (and its enrollment) for one of the seeded paid courses. */
export async function paidOrderFor(userId: string) {
  const { db } = await attackDb();
  const [row] = await db
    .select({ course: courses, provider: providers })
    .from(courses)
    .innerJoin(providers, eq(providers.id, courses.providerId))
    .where(and(eq(courses.status, "published"), eq(providers.status, "approved")))
    .orderBy(courses.priceAmount)
    .limit(50);
  const course = row!.course;
  const amount = Math.max(course.priceAmount, 100);
  const [order] = await db
    .insert(orders)
    .values({ userId, courseId: course.id, providerId: course.providerId, amount, currency: course.currency, platformFeeBps: 2000, platformFeeAmount: Math.round(amount / 5) })
    .returning();
  await fulfillOrder(db, { orderId: order!.id, paymentStatus: "paid", paymentIntentId: `pi_attack_${order!.id}`, amountTotal: amount, currency: course.currency.toLowerCase() });
  return { order: order!, course, provider: row!.provider };
}
