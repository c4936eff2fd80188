import { Card } from "@/components/ui/card";
import type { MetricResult, MetricValue, MoneyTotals } from "@/lib/admin/overview-metrics";
import { formatPrice } from "@/lib/catalog/format";

function change(current: number, previous: number): string {
  if (previous === 0) return current === 0 ? "no change" : "new this period";
  const pct = ((current - previous) / Math.abs(previous)) * 100;
  return `${pct >= 0 ? "+" : "−"}${Math.abs(pct).toFixed(1)}% vs previous period`;
}

function lines(metric: MetricResult): { value: string; change: string }[] {
  if (metric.unit === "money") {
    const cur = (metric.current ?? {}) as MoneyTotals;
    const prev = (metric.previous ?? {}) as MoneyTotals;
    const currencies = [...new Set([...Object.keys(cur), ...Object.keys(prev)])].sort();
    if (currencies.length === 0) return [{ value: "—", change: "nothing in either period" }];
    return currencies.map((c) => ({ value: cur[c] ? formatPrice(cur[c], c) : `${c} 0` /* formatPrice says "Free" for 0 */, change: change(cur[c] ?? 0, prev[c] ?? 0) }));
  }
  if (metric.unit === "percent") {
    const show = (v: MetricValue) => (v === null ? "—" : `${Number(v).toFixed(1)}%`);
    const diff = metric.current !== null && metric.previous !== null ? Number(metric.current) - Number(metric.previous) : null;
    return [{ value: show(metric.current), change: diff === null ? `previous: ${show(metric.previous)}` : `${diff >= 0 ? "+" : "−"}${Math.abs(diff).toFixed(1)} points vs previous period` }];
  }
  return [{ value: Number(metric.current).toLocaleString("en-US"), change: change(Number(metric.current), Number(metric.previous)) }];
}

/** One overview figure with its change from the previous period of the same length. */
export function MetricCard({ metric }: { metric: MetricResult }) {
  return (
    <Card className="p-4">
      <h3 className="text-sm font-medium text-slate-600">{metric.label}</h3>
      <ul className="mt-1 space-y-1">
        {lines(metric).map((l, i) => (
          <li key={i}>
            <span className="block text-2xl font-bold tabular-nums">{l.value}</span>
            <span className="block text-xs text-slate-600">{l.change}</span>
          </li>
        ))}
      </ul>
    </Card>
  );
}
