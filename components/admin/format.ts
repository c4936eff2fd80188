import { formatPrice } from "@/lib/catalog/format";
import type { MoneyTotals } from "@/lib/admin/overview-metrics";

// Times in the console are UTC, as in the audit log, so two admins see the same.
export const adminDate = new Intl.DateTimeFormat("en-US", { dateStyle: "medium", timeZone: "UTC" });
export const adminDateTime = new Intl.DateTimeFormat("en-US", { dateStyle: "medium", timeStyle: "short", timeZone: "UTC" });

export function formatMoneyTotals(totals: MoneyTotals): string {
  const entries = Object.entries(totals).filter(([, v]) => v !== 0);
  return entries.length === 0 ? "—" : entries.map(([c, v]) => formatPrice(v, c)).join(" · ");
}

/** Query string for a list page: empty values dropped, so links stay short. */
export function queryString(params: Record<string, string | number | undefined | null>): string {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) if (v !== undefined && v !== null && v !== "") q.set(k, String(v));
  const s = q.toString();
  return s ? `?${s}` : "";
}
