import { sql } from "drizzle-orm";
import type { Db } from "@/db";
import { groupTotalsQuery, metricGroups, readOverviewCharts, readOverviewMetrics } from "@/lib/admin/overview-metrics";
import { resolvePeriod, type Period } from "@/lib/admin/overview-period";

// The admin overview on a large marketplace: the bench database's generated courses
// plus a year of generated activity (learners, enrollments, orders, refunds), added
// once with set-based SQL and reused afterwards.
export const ADMIN_VOLUME = { learners: 100_000, enrollments: 400_000, orders: 150_000, refunds: 8_000 };

export async function ensureAdminActivity(db: Db): Promise<void> {
  const [{ n }] = (await db.execute(sql`select count(*)::int as n from refunds where stripe_refund_id like 're_bench_%'`)) as unknown as [{ n: number }];
  if (n > 0) return; // refunds are written last: everything is there
  const started = performance.now();
  const { learners, enrollments, orders, refunds } = ADMIN_VOLUME;
  // Deterministic spread over the last 365 days (a volatile random() would be evaluated once per statement here).
  const at = (g: string) => sql.raw(`now() - ((${g}::bigint * 7919) % 365) * interval '1 day' - ((${g} * 13) % 86400) * interval '1 second'`);
  await db.execute(sql`insert into users (id, email, name, email_verified, created_at)
    select 'bench-learner-' || g, 'bench-learner-' || g || '@bench.test', 'Bench Learner ' || g, now(), ${at("g")}
    from generate_series(1, ${learners}) g on conflict do nothing`);
  // Plain tables, not temporary ones: the pool may run each statement on another connection.
  await db.execute(sql`drop table if exists bench_learners, bench_courses`);
  await db.execute(sql`create unlogged table bench_learners as select id, row_number() over (order by id) - 1 as i from users where email like 'bench-learner-%'`);
  await db.execute(sql`create unlogged table bench_courses as select id, provider_id, price_amount, currency, row_number() over (order by id) - 1 as i from courses where status = 'published'`);
  await db.execute(sql`create index on bench_learners (i)`);
  await db.execute(sql`create index on bench_courses (i)`);
  // Learner g % L takes courses (g % L) * 31 + j for j = g / L: never the same course twice.
  await db.execute(sql`insert into enrollments (user_id, course_id, source, created_at, completed_at, status_changed_at)
    select l.id, c.id, 'free', ${at("g")}, case when g % 3 = 0 then ${at("g")} + interval '5 days' end, now()
    from generate_series(0, ${enrollments - 1}) g
    join bench_learners l on l.i = g % ${learners}
    join bench_courses c on c.i = ((g % ${learners}) * 31 + g / ${learners}) % (select count(*) from bench_courses)
    on conflict do nothing`);
  await db.execute(sql`insert into orders (user_id, course_id, provider_id, amount, currency, platform_fee_bps, platform_fee_amount, status, paid_at, created_at, stripe_payment_intent_id)
    select l.id, c.id, c.provider_id, greatest(c.price_amount, 900), c.currency, 2000, greatest(c.price_amount, 900) / 5, 'paid', ${at("g")}, ${at("g")}, 'pi_bench_' || g
    from generate_series(0, ${orders - 1}) g
    join bench_learners l on l.i = g % ${learners}
    join bench_courses c on c.i = ((g % ${learners}) * 31 + 7 + g / ${learners}) % (select count(*) from bench_courses)
    where not exists (select 1 from orders o where o.stripe_payment_intent_id = 'pi_bench_' || g)`);
  await db.execute(sql`insert into refunds (order_id, stripe_refund_id, amount, currency, status, created_at)
    select id, 're_bench_' || stripe_payment_intent_id, amount, currency, 'succeeded', paid_at + interval '2 days'
    from orders where stripe_payment_intent_id like 'pi_bench_%' order by stripe_payment_intent_id limit ${refunds}`);
  await db.execute(sql`drop table bench_learners, bench_courses`);
  console.info(`  admin activity: generated in ${((performance.now() - started) / 1000).toFixed(1)} s`);
}

/** What autovacuum does on a live database: statistics and the visibility map (index-only scans need it). */
export async function vacuumActivity(db: Db): Promise<void> {
  for (const table of ["users", "enrollments", "orders", "refunds"]) await db.execute(sql.raw(`vacuum analyze ${table}`));
}

async function median(runs: number, fn: () => Promise<unknown>): Promise<number> {
  await fn();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const started = performance.now();
    await fn();
    times.push(performance.now() - started);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)]!;
}

/** Median ms of the overview's cards (4 statements) and charts (3 statements) for each period. */
export async function timeOverview(db: Db): Promise<{ label: string; cards: number; charts: number }[]> {
  const periods: [string, Period][] = [
    ["last 7 days", resolvePeriod({ period: "7" }).period],
    ["last 30 days", resolvePeriod({ period: "30" }).period],
    ["last 90 days", resolvePeriod({ period: "90" }).period],
  ];
  const out = [];
  for (const [label, period] of periods) {
    out.push({ label, cards: await median(9, () => readOverviewMetrics(db, period)), charts: await median(9, () => readOverviewCharts(db, period)) });
  }
  return out;
}

/** EXPLAIN ANALYZE of the sales group's statement for the last 30 days: which indexes it uses. */
export async function explainSales(db: Db): Promise<string[]> {
  const rows = (await db.execute(sql`explain (analyze, buffers off) ${groupTotalsQuery(metricGroups[0]!, resolvePeriod({ period: "30" }).period)}`)) as unknown as { "QUERY PLAN": string }[];
  return rows.map((r) => r["QUERY PLAN"]);
}
