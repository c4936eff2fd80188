import { and, count, desc, eq, inArray, isNotNull, notInArray, sql } from "drizzle-orm";
import type { Db } from "@/db";
import { executeRows } from "@/db/sql-helpers";
import { courses, enrollments, lessonProgress, lessons, modules, orders, users } from "@/db/schema";
import type { SessionUser } from "@/lib/auth/load-session-user";
import { assertCanManageProvider } from "@/lib/auth/policy";

// Read models for the studio: per-course figures, learners with progress, the
// completion funnel and revenue per month. All scoped to one provider after the
// membership check.

const NOT_SOLD = ["expired", "failed", "pending"] as const;

export type CourseFigures = {
  id: string;
  title: string;
  slug: string;
  status: string;
  reviewNote: string | null;
  priceAmount: number;
  currency: string;
  enrollments: number;
  completed: number;
  completionRate: number | null;
  ratingAverage: number | null;
  ratingCount: number;
  revenue: number;
};

export async function listCourseFigures(db: Db, input: { actor: SessionUser | null; providerId: string }): Promise<CourseFigures[]> {
  assertCanManageProvider(input.actor, input.providerId);
  const rows = await db
    .select({
      id: courses.id,
      title: courses.title,
      slug: courses.slug,
      status: courses.status,
      reviewNote: courses.reviewNote,
      priceAmount: courses.priceAmount,
      currency: courses.currency,
      ratingAverage: courses.ratingAverage,
      ratingCount: courses.ratingCount,
      enrollments: sql<number>`(select count(*)::int from ${enrollments} e where e.course_id = "courses"."id")`,
      completed: sql<number>`(select count(*)::int from ${enrollments} e where e.course_id = "courses"."id" and e.completed_at is not null)`,
      // Correlated subqueries name the outer row explicitly: drizzle renders a column in
      // sql`` unqualified, which would bind to the inner table.
      // Gross minus refunds of orders that took money, in the course's currency.
      revenue: sql<number>`(select coalesce(sum(o.amount - o.refunded_amount), 0)::int from ${orders} o where o.course_id = "courses"."id" and o.status not in ('pending', 'failed', 'expired'))`,
    })
    .from(courses)
    .where(eq(courses.providerId, input.providerId))
    .orderBy(desc(courses.updatedAt));
  return rows.map((r) => ({
    ...r,
    enrollments: Number(r.enrollments),
    completed: Number(r.completed),
    revenue: Number(r.revenue),
    completionRate: Number(r.enrollments) > 0 ? Number(r.completed) / Number(r.enrollments) : null,
  }));
}

export type LearnerRow = {
  enrollmentId: string;
  learnerName: string | null;
  learnerEmail: string;
  courseTitle: string;
  status: string;
  enrolledAt: Date;
  completedAt: Date | null;
  lessonsDone: number;
  lessonsTotal: number;
  progress: number;
};

/** One page of the provider's learners, newest enrollment first (the CSV export asks for all of them). */
export async function listProviderLearners(db: Db, input: { actor: SessionUser | null; providerId: string; limit?: number; offset?: number }): Promise<LearnerRow[]> {
  assertCanManageProvider(input.actor, input.providerId);
  const rows = await db
    .select({
      enrollmentId: enrollments.id,
      userId: enrollments.userId,
      courseId: enrollments.courseId,
      learnerName: users.name,
      learnerEmail: users.email,
      courseTitle: courses.title,
      status: enrollments.status,
      enrolledAt: enrollments.createdAt,
      completedAt: enrollments.completedAt,
    })
    .from(enrollments)
    .innerJoin(courses, eq(courses.id, enrollments.courseId))
    .innerJoin(users, eq(users.id, enrollments.userId))
    .where(eq(courses.providerId, input.providerId))
    .orderBy(desc(enrollments.createdAt), desc(enrollments.id))
    .limit(input.limit ?? 50)
    .offset(input.offset ?? 0);
  if (rows.length === 0) return [];
  const courseIds = [...new Set(rows.map((r) => r.courseId))];
  const totals = await db
    .select({ courseId: modules.courseId, n: count() })
    .from(lessons)
    .innerJoin(modules, eq(modules.id, lessons.moduleId))
    .where(inArray(modules.courseId, courseIds))
    .groupBy(modules.courseId);
  const done = await db
    .select({ userId: lessonProgress.userId, courseId: modules.courseId, n: count() })
    .from(lessonProgress)
    .innerJoin(lessons, eq(lessons.id, lessonProgress.lessonId))
    .innerJoin(modules, eq(modules.id, lessons.moduleId))
    .where(and(inArray(modules.courseId, courseIds), inArray(lessonProgress.userId, [...new Set(rows.map((r) => r.userId))])))
    .groupBy(lessonProgress.userId, modules.courseId);
  const totalBy = new Map(totals.map((t) => [t.courseId, Number(t.n)]));
  const doneBy = new Map(done.map((d) => [`${d.userId}|${d.courseId}`, Number(d.n)]));
  return rows.map(({ userId, courseId, ...r }) => {
    const lessonsTotal = totalBy.get(courseId) ?? 0;
    const lessonsDone = Math.min(doneBy.get(`${userId}|${courseId}`) ?? 0, lessonsTotal);
    return { ...r, lessonsDone, lessonsTotal, progress: r.completedAt ? 1 : lessonsTotal ? lessonsDone / lessonsTotal : 0 };
  });
}

export type Funnel = { enrolled: number; started: number; halfway: number; completed: number };

/**
 * The completion funnel over every enrollment of the provider's courses, counted in
 * SQL (a page of learners is not the whole story): enrolled → started (a lesson done)
 * → halfway (half the lessons) → completed. A completed enrollment counts at every step.
 */
export async function readCompletionFunnel(db: Db, input: { actor: SessionUser | null; providerId: string }): Promise<Funnel> {
  assertCanManageProvider(input.actor, input.providerId);
  const [row = {}] = await executeRows(db, sql`
    with totals as (
      select m.course_id, count(*)::int as n
      from ${lessons} l join ${modules} m on m.id = l.module_id join ${courses} c on c.id = m.course_id
      where c.provider_id = ${input.providerId}
      group by m.course_id
    ), per as (
      select e.completed_at, coalesce(t.n, 0) as total,
        (select count(*) from ${lessonProgress} lp join ${lessons} l on l.id = lp.lesson_id join ${modules} m on m.id = l.module_id
          where m.course_id = e.course_id and lp.user_id = e.user_id)::int as done
      from ${enrollments} e join ${courses} c on c.id = e.course_id left join totals t on t.course_id = e.course_id
      where c.provider_id = ${input.providerId}
    )
    select count(*)::int as enrolled,
      (count(*) filter (where done > 0 or completed_at is not null))::int as started,
      (count(*) filter (where (total > 0 and done * 2 >= total) or completed_at is not null))::int as halfway,
      (count(*) filter (where completed_at is not null))::int as completed
    from per`);
  return { enrolled: Number(row.enrolled ?? 0), started: Number(row.started ?? 0), halfway: Number(row.halfway ?? 0), completed: Number(row.completed ?? 0) };
}

/** How many enrollments the provider's courses have (for the learners list's pages). */
export async function countProviderLearners(db: Db, input: { actor: SessionUser | null; providerId: string }): Promise<number> {
  assertCanManageProvider(input.actor, input.providerId);
  const [row] = await db.select({ n: count() }).from(enrollments).innerJoin(courses, eq(courses.id, enrollments.courseId)).where(eq(courses.providerId, input.providerId));
  return Number(row?.n ?? 0);
}

export type RevenuePoint = { month: string; currency: string; net: number; orders: number };

/** Sales per calendar month (UTC) and currency: gross minus refunds, minor units. */
export async function revenueByMonth(db: Db, input: { actor: SessionUser | null; providerId: string }): Promise<RevenuePoint[]> {
  assertCanManageProvider(input.actor, input.providerId);
  const month = sql<string>`to_char(date_trunc('month', ${orders.paidAt} at time zone 'UTC'), 'YYYY-MM')`;
  const rows = await db
    .select({ month, currency: orders.currency, net: sql<string>`sum(${orders.amount} - ${orders.refundedAmount})`, orders: count() })
    .from(orders)
    .where(and(eq(orders.providerId, input.providerId), notInArray(orders.status, [...NOT_SOLD]), isNotNull(orders.paidAt)))
    .groupBy(month, orders.currency)
    .orderBy(month, orders.currency);
  return rows.map((r) => ({ month: r.month, currency: r.currency, net: Number(r.net), orders: Number(r.orders) }));
}
