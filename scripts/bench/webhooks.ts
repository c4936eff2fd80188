import { randomUUID } from "node:crypto";
import { and, eq, gt, inArray, sql } from "drizzle-orm";
import Stripe from "stripe";
import type { Db } from "@/db";
import { courses, enrollments, orders, stripeEvents, users } from "@/db/schema";

export type WebhookBenchResult = {
  orders: number;
  deliveries: number;
  duplicates: number;
  eventsPerSecond: number;
  p50: number;
  p99: number;
  non2xx: number;
  paidOnce: boolean;
  detail: string;
};

const signer = new Stripe("sk_test_bench_signer");

/**
 * Webhook fulfilment through the real route: `orders` pending orders, one signed
 * checkout.session.completed each, plus `duplicateShare` of all deliveries as
 * redeliveries, shuffled and sent by `concurrency` parallel senders. Afterwards every
 * order must be paid once, with one enrollment and one recorded event.
 */
export async function benchWebhooks(
  db: Db,
  input: { baseUrl: string; secret: string; orders: number; concurrency: number; duplicateShare: number },
): Promise<WebhookBenchResult> {
  const runId = randomUUID().slice(0, 8);
  const paidCourses = await db
    .select({ id: courses.id, providerId: courses.providerId, amount: courses.priceAmount, currency: courses.currency })
    .from(courses)
    .where(and(eq(courses.status, "published"), gt(courses.priceAmount, 0)))
    .limit(50);
  if (paidCourses.length === 0) throw new Error("no paid courses in the bench database");

  const buyers = await db
    .insert(users)
    .values(Array.from({ length: input.orders }, (_, i) => ({ email: `bench-${runId}-${i}@bench.test`, name: `Bench ${i}` })))
    .returning({ id: users.id });
  const created = await db
    .insert(orders)
    .values(
      buyers.map((b, i) => {
        const c = paidCourses[i % paidCourses.length]!;
        return {
          userId: b.id,
          courseId: c.id,
          providerId: c.providerId,
          amount: c.amount,
          currency: c.currency,
          platformFeeBps: 2000,
          platformFeeAmount: Math.round(c.amount / 5),
          stripeCheckoutSessionId: `cs_bench_${runId}_${i}`,
        };
      }),
    )
    .returning();

  const events = created.map((o, i) =>
    JSON.stringify({
      id: `evt_bench_${runId}_${i}`,
      object: "event",
      type: "checkout.session.completed",
      api_version: "2026-10-28.endive",
      created: Math.floor(Date.now() / 1000),
      livemode: false,
      data: {
        object: {
          id: o.stripeCheckoutSessionId,
          object: "checkout.session",
          mode: "payment",
          status: "complete",
          payment_status: "paid",
          client_reference_id: o.id,
          amount_total: o.amount,
          currency: o.currency.toLowerCase(),
          payment_intent: `pi_bench_${runId}_${i}`,
          metadata: { order_id: o.id },
        },
      },
    }),
  );
  const duplicates = Math.round((events.length * input.duplicateShare) / (1 - input.duplicateShare));
  const deliveries = [...events, ...Array.from({ length: duplicates }, () => events[Math.floor(Math.random() * events.length)]!)];
  for (let i = deliveries.length - 1; i > 0; i--) {
    const j = Math.floor(Math.random() * (i + 1));
    [deliveries[i], deliveries[j]] = [deliveries[j]!, deliveries[i]!];
  }

  const latencies: number[] = [];
  let non2xx = 0;
  let next = 0;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: input.concurrency }, async () => {
      while (next < deliveries.length) {
        const payload = deliveries[next++]!;
        const t0 = performance.now();
        const response = await fetch(`${input.baseUrl}/api/stripe/webhook`, {
          method: "POST",
          headers: { "content-type": "application/json", "stripe-signature": signer.webhooks.generateTestHeaderString({ payload, secret: input.secret }) },
          body: payload,
        });
        await response.arrayBuffer();
        latencies.push(performance.now() - t0);
        if (response.status !== 200) non2xx++;
      }
    }),
  );
  const seconds = (performance.now() - started) / 1000;
  latencies.sort((a, b) => a - b);
  const pct = (p: number) => Math.round(latencies[Math.min(latencies.length - 1, Math.floor((p / 100) * latencies.length))]!);

  const ids = created.map((o) => o.id);
  const [paid] = await db.select({ n: sql<string>`count(*)` }).from(orders).where(and(inArray(orders.id, ids), eq(orders.status, "paid")));
  const [enrolled] = await db.select({ n: sql<string>`count(*)` }).from(enrollments).where(inArray(enrollments.orderId, ids));
  const [recorded] = await db.select({ n: sql<string>`count(*)` }).from(stripeEvents).where(sql`${stripeEvents.id} like ${`evt_bench_${runId}_%`}`);
  const counts = { paid: Number(paid?.n), enrollments: Number(enrolled?.n), events: Number(recorded?.n) };
  const paidOnce = counts.paid === ids.length && counts.enrollments === ids.length && counts.events === ids.length;

  // Leave the bench database as it was.
  await db.delete(enrollments).where(inArray(enrollments.orderId, ids));
  await db.delete(orders).where(inArray(orders.id, ids));
  await db.delete(users).where(inArray(users.id, buyers.map((b) => b.id)));
  await db.delete(stripeEvents).where(sql`${stripeEvents.id} like ${`evt_bench_${runId}_%`}`);

  return {
    orders: ids.length,
    deliveries: deliveries.length,
    duplicates,
    eventsPerSecond: deliveries.length / seconds,
    p50: pct(50),
    p99: pct(99),
    non2xx,
    paidOnce,
    detail: `${counts.paid}/${ids.length} paid, ${counts.enrollments} enrollments, ${counts.events} events recorded`,
  };
}
