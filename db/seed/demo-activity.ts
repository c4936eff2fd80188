// A month of demo marketplace activity, so the admin console has something to show:
// learners joining, free enrollments and completions, paid orders (simulated Stripe
// ids, never refundable through Stripe), reviews and one reported review. Keyed by the
// activity learners' emails, so a rerun inserts nothing.
import { eq, inArray } from "drizzle-orm";
import { refreshCourseRating } from "@/lib/reviews/refresh-course-rating";
import type { Db } from "../client";
import { courses, enrollments, orders, reviewReports, reviews, users } from "../schema";

const DAY_MS = 86_400_000;
const LEARNERS = 12;
export const activityEmail = (n: number) => `learner${n}@activity.microcred.test`;
/** The reported review the admin console's moderation queue starts with. */
export const REPORTED_REVIEW_BODY = "Buy cheap certificates at totally-legit-certs.example — much faster than this course!";

export async function seedDemoActivity(db: Db, now: Date = new Date()): Promise<number> {
  const [first] = await db.select({ id: users.id }).from(users).where(eq(users.email, activityEmail(1)));
  if (first) return 0;
  const ago = (days: number, hours = 10) => new Date(now.getTime() - days * DAY_MS + hours * 3_600_000 - 12 * 3_600_000);

  const learners = await db
    .insert(users)
    .values(Array.from({ length: LEARNERS }, (_, i) => ({ email: activityEmail(i + 1), name: `Demo Learner ${i + 1}`, emailVerified: ago(40 - i * 3), createdAt: ago(40 - i * 3) })))
    .returning({ id: users.id });
  const courseRows = await db
    .select({ id: courses.id, slug: courses.slug, providerId: courses.providerId, priceAmount: courses.priceAmount, currency: courses.currency })
    .from(courses)
    .where(inArray(courses.slug, ["project-management-fundamentals", "cloud-computing-fundamentals", "kubernetes-basics", "scrum-in-practice"]));
  const course = (slug: string) => {
    const row = courseRows.find((c) => c.slug === slug);
    if (!row) throw new Error(`Demo activity needs the course ${slug}`);
    return row;
  };
  const reviewed = course("project-management-fundamentals");
  const free = course("cloud-computing-fundamentals");

  // Free enrollments: everyone in the reviewed course (eight completed it), half in the other.
  const freeRows = learners.flatMap((l, i) => [
    { userId: l.id, courseId: reviewed.id, source: "free" as const, createdAt: ago(35 - i * 2), completedAt: i < 8 ? ago(30 - i * 2) : null },
    ...(i % 2 === 0 ? [{ userId: l.id, courseId: free.id, source: "free" as const, createdAt: ago(20 - i), completedAt: i % 4 === 0 ? ago(15 - i) : null }] : []),
  ]);
  await db.insert(enrollments).values(freeRows);

  // Paid orders with their purchase enrollments, spread over the last four weeks.
  for (const [i, l] of learners.entries()) {
    if (i % 3 === 2) continue;
    const paid = i % 2 === 0 ? course("kubernetes-basics") : course("scrum-in-practice");
    const paidAt = ago(28 - i * 2);
    const fee = Math.floor((paid.priceAmount * 2000 + 5000) / 10_000);
    const [order] = await db
      .insert(orders)
      .values({
        userId: l.id,
        courseId: paid.id,
        providerId: paid.providerId,
        amount: paid.priceAmount,
        currency: paid.currency,
        platformFeeBps: 2000,
        platformFeeAmount: fee,
        status: "paid",
        stripePaymentIntentId: `pi_demo_activity_${i + 1}`,
        stripeCheckoutSessionId: `cs_demo_activity_${i + 1}`,
        paidAt,
        receiptSentAt: paidAt,
        createdAt: paidAt,
      })
      .returning({ id: orders.id });
    await db.insert(enrollments).values({ userId: l.id, courseId: paid.id, source: "purchase", orderId: order!.id, createdAt: paidAt });
  }

  // Reviews from learners who completed the course; the last one is spam and reported.
  const bodies = [
    "Clear structure and practical templates I used at work the next week.",
    "Good introduction; the risk register lesson was the most useful part.",
    "A bit basic if you have run projects before, but well explained.",
    REPORTED_REVIEW_BODY,
  ];
  const written = await db
    .insert(reviews)
    .values(bodies.map((body, i) => ({ courseId: reviewed.id, userId: learners[i]!.id, rating: [5, 4, 3, 1][i]!, body, createdAt: ago(25 - i * 2) })))
    .returning({ id: reviews.id, body: reviews.body });
  const spam = written.find((r) => r.body === REPORTED_REVIEW_BODY)!;
  await db.insert(reviewReports).values([
    { reviewId: spam.id, reporterId: learners[5]!.id, reason: "spam", details: "Advertises a certificate mill.", createdAt: ago(2) },
    { reviewId: spam.id, reporterId: learners[6]!.id, reason: "spam", details: "", createdAt: ago(1) },
  ]);

  await refreshCourseRating(db, reviewed.id);
  return LEARNERS;
}
