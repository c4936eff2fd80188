import { and, count, desc, eq, gte, ilike, lt, or, type SQL } from "drizzle-orm";
import { z } from "zod";
import type { Db } from "@/db";
import { courses, orderStatus, orders, providers, users } from "@/db/schema";
import type { SessionUser } from "@/lib/auth/load-session-user";
import { assertAdmin } from "@/lib/auth/policy";
import { likePattern, pageSchema, PAGE_SIZE, searchTextSchema } from "./admin-inputs";

const date = z.iso.date().optional().catch(undefined);

/** The orders search form, as it arrives in the query string; anything malformed is dropped. */
export const orderFiltersSchema = z.object({
  learner: searchTextSchema.catch(undefined),
  course: searchTextSchema.catch(undefined),
  status: z.enum(orderStatus.enumValues).optional().catch(undefined),
  from: date,
  to: date,
  stripe: searchTextSchema.catch(undefined),
  page: pageSchema,
});
export type OrderFilters = z.infer<typeof orderFiltersSchema>;

export async function searchOrders(db: Db, input: { actor: SessionUser | null; filters: OrderFilters }) {
  assertAdmin(input.actor);
  const f = input.filters;
  const conditions: (SQL | undefined)[] = [
    f.learner ? or(ilike(users.email, likePattern(f.learner.toLowerCase())), ilike(users.name, likePattern(f.learner))) : undefined,
    f.course ? or(ilike(courses.title, likePattern(f.course)), eq(courses.slug, f.course)) : undefined,
    f.status ? eq(orders.status, f.status) : undefined,
    f.from ? gte(orders.createdAt, new Date(`${f.from}T00:00:00Z`)) : undefined,
    f.to ? lt(orders.createdAt, new Date(Date.parse(`${f.to}T00:00:00Z`) + 86_400_000)) : undefined,
    // Stripe ids are matched exactly (they are unique and indexed); an order id too.
    f.stripe
      ? or(
          eq(orders.stripeCheckoutSessionId, f.stripe),
          eq(orders.stripePaymentIntentId, f.stripe),
          z.uuid().safeParse(f.stripe).success ? eq(orders.id, f.stripe) : undefined,
        )
      : undefined,
  ];
  const where = and(...conditions);
  const base = () =>
    db
      .select({
        id: orders.id,
        createdAt: orders.createdAt,
        paidAt: orders.paidAt,
        learnerEmail: users.email,
        learnerName: users.name,
        courseTitle: courses.title,
        providerName: providers.name,
        amount: orders.amount,
        currency: orders.currency,
        refundedAmount: orders.refundedAmount,
        status: orders.status,
      })
      .from(orders)
      .innerJoin(users, eq(users.id, orders.userId))
      .innerJoin(courses, eq(courses.id, orders.courseId))
      .innerJoin(providers, eq(providers.id, orders.providerId));
  const [rows, [total]] = await Promise.all([
    base()
      .where(where)
      .orderBy(desc(orders.createdAt), desc(orders.id))
      .limit(PAGE_SIZE)
      .offset((f.page - 1) * PAGE_SIZE),
    db
      .select({ n: count() })
      .from(orders)
      .innerJoin(users, eq(users.id, orders.userId))
      .innerJoin(courses, eq(courses.id, orders.courseId))
      .where(where),
  ]);
  return { rows, total: total?.n ?? 0 };
}
