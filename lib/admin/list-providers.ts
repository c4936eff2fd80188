import { asc, eq, sql } from "drizzle-orm";
import type { Db } from "@/db";
import { courses, orders, providers } from "@/db/schema";
import type { SessionUser } from "@/lib/auth/load-session-user";
import { assertAdmin } from "@/lib/auth/policy";
import type { MoneyTotals } from "./overview-metrics";

export type ProviderRow = {
  id: string;
  slug: string;
  name: string;
  status: "pending" | "approved" | "suspended";
  stripeAccountId: string | null;
  chargesEnabled: boolean;
  payoutsEnabled: boolean;
  platformFeeBps: number | null;
  courseCount: number;
  publishedCount: number;
  paidOrders: number;
  /** gross minus refunds of paid orders, per currency */
  sales: MoneyTotals;
};

/** Every provider with its Stripe state, courses and sales (aggregated in SQL, one statement). */
export async function listProviders(db: Db, input: { actor: SessionUser | null }): Promise<ProviderRow[]> {
  assertAdmin(input.actor);
  const courseCounts = db
    .select({
      providerId: courses.providerId,
      total: sql<number>`count(*)::int`.as("total"),
      published: sql<number>`(count(*) filter (where ${courses.status} = 'published'))::int`.as("published"),
    })
    .from(courses)
    .groupBy(courses.providerId)
    .as("course_counts");
  const salesByCurrency = db
    .select({
      providerId: orders.providerId,
      currency: orders.currency,
      paid: sql<number>`count(*)::int`.as("paid"),
      net: sql<number>`sum(${orders.amount} - ${orders.refundedAmount})::bigint`.as("net"),
    })
    .from(orders)
    .where(sql`${orders.paidAt} is not null`)
    .groupBy(orders.providerId, orders.currency)
    .as("sales_by_currency");
  const sales = db
    .select({
      providerId: salesByCurrency.providerId,
      paid: sql<number>`sum(${salesByCurrency.paid})::int`.as("paid_total"),
      money: sql<MoneyTotals>`jsonb_object_agg(${salesByCurrency.currency}, ${salesByCurrency.net})`.as("money"),
    })
    .from(salesByCurrency)
    .groupBy(salesByCurrency.providerId)
    .as("sales");
  const rows = await db
    .select({
      id: providers.id,
      slug: providers.slug,
      name: providers.name,
      status: providers.status,
      stripeAccountId: providers.stripeAccountId,
      chargesEnabled: providers.chargesEnabled,
      payoutsEnabled: providers.payoutsEnabled,
      platformFeeBps: providers.platformFeeBps,
      courseCount: sql<number>`coalesce(${courseCounts.total}, 0)`,
      publishedCount: sql<number>`coalesce(${courseCounts.published}, 0)`,
      paidOrders: sql<number>`coalesce(${sales.paid}, 0)`,
      sales: sales.money,
    })
    .from(providers)
    .leftJoin(courseCounts, eq(courseCounts.providerId, providers.id))
    .leftJoin(sales, eq(sales.providerId, providers.id))
    .orderBy(asc(providers.name));
  return rows.map((r) => ({
    ...r,
    courseCount: Number(r.courseCount),
    publishedCount: Number(r.publishedCount),
    paidOrders: Number(r.paidOrders),
    sales: Object.fromEntries(Object.entries(r.sales ?? {}).map(([c, v]) => [c, Number(v)])),
  }));
}
