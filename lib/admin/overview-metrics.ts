import { sql, type SQL } from "drizzle-orm";
import type { AnyPgColumn, PgTable } from "drizzle-orm/pg-core";
import type { Db } from "@/db";
import { executeRows } from "@/db/sql-helpers";
import { credentials, enrollments, orders, refunds, users } from "@/db/schema";
import type { SessionUser } from "@/lib/auth/load-session-user";
import { assertAdmin } from "@/lib/auth/policy";
import type { Period } from "./overview-period";

// The overview is a list of small metric definitions, grouped by the table they
// count. Each group is read with ONE aggregate statement for the period and the
// previous one (FILTER clauses over a range the time indexes serve), and one more
// for its chart. Adding a metric is adding a definition here; nothing else changes.

export type MetricUnit = "count" | "money" | "percent";
/** Money is never summed across currencies: minor units per ISO currency code. */
export type MoneyTotals = Record<string, number>;
export type MetricValue = number | MoneyTotals | null;

export type MetricDefinition = {
  key: string;
  label: string;
  unit: "count" | "money";
  /** the moment that puts a row in a period */
  time: AnyPgColumn;
  /** count(*) when absent, else sum(column) */
  sum?: AnyPgColumn;
  /** extra condition for the rows this metric counts */
  where?: SQL;
  /** left out of the cards (an input to a derived metric) */
  hidden?: boolean;
};

export type DerivedMetric = {
  key: string;
  label: string;
  unit: MetricUnit;
  compute: (values: Record<string, MetricValue>) => MetricValue;
};

export type MetricGroup = {
  id: string;
  table: PgTable;
  /** money metrics are split by this column */
  currency?: AnyPgColumn;
  metrics: MetricDefinition[];
  chart?: { title: string; keys: string[] };
};

export type MetricResult = { key: string; label: string; unit: MetricUnit; current: MetricValue; previous: MetricValue };
/** One chart: a point per bucket with a value per series; money series name their currency (values in minor units). */
export type ChartData = { title: string; series: string[]; currencies: Record<string, string>; unit: "count" | "money"; points: Record<string, number | string>[] };

export const metricGroups: MetricGroup[] = [
  {
    id: "sales",
    table: orders,
    currency: orders.currency,
    metrics: [
      { key: "gross", label: "Gross sales", unit: "money", time: orders.paidAt, sum: orders.amount },
      { key: "fees", label: "Platform fees", unit: "money", time: orders.paidAt, sum: orders.platformFeeAmount },
      { key: "orders", label: "Orders", unit: "count", time: orders.paidAt },
    ],
    chart: { title: "Gross sales", keys: ["gross"] },
  },
  {
    id: "refunds",
    table: refunds,
    currency: refunds.currency,
    metrics: [{ key: "refunds", label: "Refunds", unit: "money", time: refunds.createdAt, sum: refunds.amount, where: sql`${refunds.status} = 'succeeded'` }],
  },
  {
    id: "learners",
    table: users,
    metrics: [{ key: "newLearners", label: "New learners", unit: "count", time: users.createdAt, where: sql`not ${users.isAdmin}` }],
    chart: { title: "New learners", keys: ["newLearners"] },
  },
  {
    id: "enrollments",
    table: enrollments,
    metrics: [
      { key: "enrollments", label: "Enrollments", unit: "count", time: enrollments.createdAt },
      { key: "completions", label: "Completions", unit: "count", time: enrollments.completedAt },
      // Of the enrollments started in the period, those completed by now: the completion rate's numerator.
      { key: "startedAndCompleted", label: "Started and completed", unit: "count", time: enrollments.createdAt, where: sql`${enrollments.completedAt} is not null`, hidden: true },
    ],
    chart: { title: "Enrollments and completions", keys: ["enrollments", "completions"] },
  },
  {
    id: "credentials",
    table: credentials,
    metrics: [
      { key: "credentialsIssued", label: "Credentials issued", unit: "count", time: credentials.issuedAt },
      { key: "credentialsRevoked", label: "Credentials revoked", unit: "count", time: credentials.revokedAt },
    ],
    chart: { title: "Credentials issued and revoked", keys: ["credentialsIssued", "credentialsRevoked"] },
  },
];

function subtractMoney(a: MetricValue, b: MetricValue): MoneyTotals {
  const out: MoneyTotals = { ...((a as MoneyTotals | null) ?? {}) };
  for (const [currency, amount] of Object.entries((b as MoneyTotals | null) ?? {})) out[currency] = (out[currency] ?? 0) - amount;
  return out;
}

export const derivedMetrics: DerivedMetric[] = [
  { key: "net", label: "Net (gross − refunds)", unit: "money", compute: (v) => subtractMoney(v.gross ?? null, v.refunds ?? null) },
  {
    key: "completionRate",
    label: "Completion rate",
    unit: "percent",
    compute: (v) => {
      const started = Number(v.enrollments ?? 0);
      return started === 0 ? null : Math.round((Number(v.startedAndCompleted ?? 0) / started) * 1000) / 10;
    },
  },
];

/** The order of the cards on the overview. */
export const cardOrder = ["gross", "fees", "refunds", "net", "orders", "newLearners", "enrollments", "completions", "completionRate", "credentialsIssued", "credentialsRevoked"];

const ts = (d: Date) => sql`${d.toISOString()}::timestamptz`;
const inWindow = (m: MetricDefinition, from: Date, to: Date) => sql`${m.time} >= ${ts(from)} and ${m.time} < ${ts(to)}${m.where ? sql` and (${m.where})` : sql``}`;
const aggregate = (m: MetricDefinition, window: SQL) =>
  m.sum ? sql`coalesce(sum(${m.sum}) filter (where ${window}), 0)::bigint` : sql`count(*) filter (where ${window})`;

type Row = Record<string, unknown>;
const rows = (db: Db, query: SQL): Promise<Row[]> => executeRows(db, query);

/** The group's one statement: every metric, this period and the previous one (exported for the bench's EXPLAIN). */
export function groupTotalsQuery(group: MetricGroup, period: Period): SQL {
  const columns = group.metrics.flatMap((m, i) => [
    sql`${aggregate(m, inWindow(m, period.from, period.to))} as ${sql.raw(`"c${i}"`)}`,
    sql`${aggregate(m, inWindow(m, period.previousFrom, period.previousTo))} as ${sql.raw(`"p${i}"`)}`,
  ]);
  // Each distinct time column gets its own range predicate, so Postgres can use its index (a BitmapOr).
  const times = [...new Map(group.metrics.map((m) => [m.time.name, m.time])).values()];
  const range = sql.join(times.map((t) => sql`(${t} >= ${ts(period.previousFrom)} and ${t} < ${ts(period.to)})`), sql` or `);
  const currency = group.currency ? sql`${group.currency} as currency, ` : sql``;
  const groupBy = group.currency ? sql` group by ${group.currency}` : sql``;
  return sql`select ${currency}${sql.join(columns, sql`, `)} from ${group.table} where ${range}${groupBy}`;
}

export async function readGroupTotals(db: Db, group: MetricGroup, period: Period): Promise<Record<string, { current: MetricValue; previous: MetricValue }>> {
  const result = await rows(db, groupTotalsQuery(group, period));

  const out: Record<string, { current: MetricValue; previous: MetricValue }> = {};
  group.metrics.forEach((m, i) => {
    const pick = (prefix: "c" | "p"): MetricValue => {
      if (m.unit === "count") return result.reduce((sum, r) => sum + Number(r[`${prefix}${i}`] ?? 0), 0);
      const money: MoneyTotals = {};
      for (const r of result) {
        const amount = Number(r[`${prefix}${i}`] ?? 0);
        if (amount !== 0) money[String(r.currency)] = amount;
      }
      return money;
    };
    out[m.key] = { current: pick("c"), previous: pick("p") };
  });
  return out;
}

/** Every card of the overview, with the previous period's value for the change. */
export async function readOverviewMetrics(db: Db, period: Period, groups = metricGroups, derived = derivedMetrics): Promise<MetricResult[]> {
  const totals = Object.assign({}, ...(await Promise.all(groups.map((g) => readGroupTotals(db, g, period))))) as Record<string, { current: MetricValue; previous: MetricValue }>;
  const definitions = new Map<string, { label: string; unit: MetricUnit; hidden?: boolean }>(groups.flatMap((g) => g.metrics.map((m) => [m.key, m] as const)));
  const current = Object.fromEntries(Object.entries(totals).map(([k, v]) => [k, v.current]));
  const previous = Object.fromEntries(Object.entries(totals).map(([k, v]) => [k, v.previous]));
  const results: MetricResult[] = [];
  for (const [key, def] of definitions) if (!def.hidden) results.push({ key, label: def.label, unit: def.unit, ...totals[key]! });
  for (const d of derived) results.push({ key: d.key, label: d.label, unit: d.unit, current: d.compute(current), previous: d.compute(previous) });
  const rank = (key: string) => (cardOrder.includes(key) ? cardOrder.indexOf(key) : cardOrder.length);
  return results.sort((a, b) => rank(a.key) - rank(b.key));
}

function bucketLabels(period: Period): string[] {
  const labels: string[] = [];
  const step = period.bucket === "week" ? 7 : 1;
  const start = new Date(period.from);
  if (period.bucket === "week") start.setUTCDate(start.getUTCDate() - ((start.getUTCDay() + 6) % 7)); // ISO weeks start on Monday, as date_trunc's do
  for (let d = start; d < period.to; d = new Date(d.getTime() + step * 86_400_000)) labels.push(d.toISOString().slice(0, 10));
  return labels;
}

/** One statement per chart: each metric's value per day (or week), gaps filled with 0. */
export async function readGroupChart(db: Db, group: MetricGroup, period: Period): Promise<ChartData | null> {
  if (!group.chart) return null;
  const metrics = group.chart.keys.map((k) => group.metrics.find((m) => m.key === k)!);
  const unit = metrics[0]!.unit;
  const bucket = sql.raw(`'${period.bucket}'`);
  const parts = metrics.map((m) => {
    const currency = group.currency && m.unit === "money" ? sql`${group.currency}` : sql`''`;
    return sql`select ${m.key} as key, ${currency} as currency, to_char(date_trunc(${bucket}, ${m.time} at time zone 'UTC'), 'YYYY-MM-DD') as bucket, ${aggregate(m, sql`true`)} as value
      from ${group.table} where ${inWindow(m, period.from, period.to)} group by 1, 2, 3`;
  });
  const result = await rows(db, sql.join(parts, sql` union all `));

  const name = (r: Row) => {
    const m = metrics.find((x) => x.key === r.key)!;
    return r.currency ? `${m.label} (${String(r.currency)})` : m.label;
  };
  const series = [...new Set([...metrics.filter((m) => m.unit === "count").map((m) => m.label), ...result.map(name)])];
  const points = bucketLabels(period).map((bucket) => Object.fromEntries([["bucket", bucket], ...series.map((s) => [s, 0])]) as Record<string, number | string>);
  const byBucket = new Map(points.map((p) => [p.bucket as string, p]));
  for (const r of result) {
    const point = byBucket.get(String(r.bucket));
    if (point) point[name(r)] = Number(r.value);
  }
  const currencies = Object.fromEntries(result.filter((r) => r.currency).map((r) => [name(r), String(r.currency)]));
  return { title: group.chart.title, series, currencies, unit, points };
}

export async function readOverviewCharts(db: Db, period: Period, groups = metricGroups): Promise<ChartData[]> {
  return (await Promise.all(groups.map((g) => readGroupChart(db, g, period)))).filter((c): c is ChartData => c !== null);
}

/** The overview page's data: cards and charts, for admins only. */
export async function loadOverview(db: Db, input: { actor: SessionUser | null; period: Period }) {
  assertAdmin(input.actor);
  const [metrics, charts] = await Promise.all([readOverviewMetrics(db, input.period), readOverviewCharts(db, input.period)]);
  return { metrics, charts };
}
