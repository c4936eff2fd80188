"use client";

import { CartesianGrid, Legend, Line, LineChart, Tooltip, XAxis, YAxis } from "recharts";
import type { ChartData } from "@/lib/admin/overview-metrics";

// Colours with enough contrast on white (WCAG non-text contrast ≥ 3:1).
const colours = ["#1d4ed8", "#b45309", "#047857", "#7e22ce", "#be123c"];

function formatter(currency: string | undefined) {
  if (!currency) return (value: number) => value.toLocaleString("en-US");
  const money = new Intl.NumberFormat("en-US", { style: "currency", currency });
  const digits = money.resolvedOptions().maximumFractionDigits ?? 2;
  return (value: number) => money.format(value / 10 ** digits);
}

const shortDate = (iso: string) => new Date(`${iso}T00:00:00Z`).toLocaleDateString("en-US", { month: "short", day: "numeric", timeZone: "UTC" });

/** A line per series over the period; the data is prepared on the server (lib/admin/overview-metrics.ts). */
export function TrendChart({ chart, id }: { chart: ChartData; id: string }) {
  const format = (series: string) => formatter(chart.currencies[series]);
  // Money axes are shown in major units of the first currency; the tooltip names each one.
  const empty = chart.points.every((p) => chart.series.every((s) => Number(p[s] ?? 0) === 0));
  const axis = chart.unit === "money" ? formatter(Object.values(chart.currencies)[0]) : formatter(undefined);
  return (
    <figure aria-labelledby={`${id}-title`} className="space-y-2" data-testid="overview-chart">
      <figcaption id={`${id}-title`} className="text-base font-semibold">
        {chart.title}
      </figcaption>
      {empty ? (
        <p className="py-16 text-center text-sm text-slate-600">Nothing in this period.</p>
      ) : (
        <LineChart responsive style={{ width: "100%", height: 240 }} data={chart.points} margin={{ top: 8, right: 16, bottom: 0, left: 8 }}>
          <CartesianGrid stroke="#e2e8f0" vertical={false} />
          <XAxis dataKey="bucket" tickFormatter={shortDate} tick={{ fill: "#475569", fontSize: 12 }} minTickGap={24} />
          <YAxis tickFormatter={(v: number) => axis(v)} tick={{ fill: "#475569", fontSize: 12 }} width={72} allowDecimals={false} />
          <Tooltip labelFormatter={(label) => shortDate(String(label))} formatter={(value, name) => [format(String(name))(Number(value)), name]} />
          <Legend />
          {chart.series.map((s, i) => (
            <Line key={s} type="monotone" dataKey={s} stroke={colours[i % colours.length]} strokeWidth={2} dot={false} isAnimationActive={false} />
          ))}
        </LineChart>
      )}
      {/* The same numbers for screen readers and anyone who prefers a table. */}
      <details className="text-sm">
        <summary className="cursor-pointer text-slate-700">Show the data as a table</summary>
        {/* Focusable, so the scrolled table can be read with the keyboard alone. */}
        <div className="mt-2 max-h-64 overflow-auto" tabIndex={0} role="region" aria-label={`${chart.title}: data table`}>
          <table className="w-full text-left">
            <caption className="sr-only">{chart.title} per {chart.points.length > 1 ? "period step" : "day"}</caption>
            <thead>
              <tr>
                <th scope="col" className="py-1 pr-4 font-medium">Date</th>
                {chart.series.map((s) => (
                  <th key={s} scope="col" className="py-1 pr-4 text-right font-medium">{s}</th>
                ))}
              </tr>
            </thead>
            <tbody>
              {chart.points.map((p) => (
                <tr key={String(p.bucket)}>
                  <td className="py-1 pr-4">{String(p.bucket)}</td>
                  {chart.series.map((s) => (
                    <td key={s} className="py-1 pr-4 text-right tabular-nums">{format(s)(Number(p[s] ?? 0))}</td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </details>
    </figure>
  );
}
