import { z } from "zod";

export type Period = {
  /** what the form shows: "7", "30", "90" or "custom" */
  preset: "7" | "30" | "90" | "custom";
  /** [from, to): the chosen period, and the previous period of the same length just before it */
  from: Date;
  to: Date;
  previousFrom: Date;
  previousTo: Date;
  /** chart buckets: a day each up to 120 days, then a week */
  bucket: "day" | "week";
};

const DAY = 24 * 60 * 60 * 1000;
const MAX_DAYS = 3 * 366;
const isoDate = z.iso.date("Use a date like 2026-01-31");

export const periodSchema = z
  .object({
    period: z.enum(["7", "30", "90", "custom"]).default("30"),
    from: isoDate.optional().or(z.literal("").transform(() => undefined)),
    to: isoDate.optional().or(z.literal("").transform(() => undefined)),
  })
  .refine((v) => v.period !== "custom" || (v.from && v.to), { message: "A custom period needs a start and an end date", path: ["from"] })
  .refine((v) => v.period !== "custom" || !v.from || !v.to || v.from <= v.to, { message: "The start must not be after the end", path: ["to"] })
  .refine((v) => v.period !== "custom" || !v.from || !v.to || (Date.parse(v.to) - Date.parse(v.from)) / DAY < MAX_DAYS, {
    message: "Choose at most three years",
    path: ["to"],
  });

function startOfUtcDay(d: Date): Date {
  return new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate()));
}

/**
 * Turns the overview's query string into whole UTC days. Presets end today
 * (inclusive); a custom period covers both its dates. Bad input falls back to the
 * last 30 days and says why, so the page always renders.
 */
export function resolvePeriod(query: Record<string, string | undefined>, now = new Date()): { period: Period; error?: string } {
  const parsed = periodSchema.safeParse(query);
  const value = parsed.success ? parsed.data : { period: "30" as const, from: undefined, to: undefined };
  let from: Date;
  let to: Date;
  if (value.period === "custom") {
    from = new Date(`${value.from}T00:00:00Z`);
    to = new Date(Date.parse(`${value.to}T00:00:00Z`) + DAY);
  } else {
    to = new Date(startOfUtcDay(now).getTime() + DAY);
    from = new Date(to.getTime() - Number(value.period) * DAY);
  }
  const length = to.getTime() - from.getTime();
  const period: Period = {
    preset: value.period,
    from,
    to,
    previousFrom: new Date(from.getTime() - length),
    previousTo: from,
    bucket: length / DAY > 120 ? "week" : "day",
  };
  return { period, error: parsed.success ? undefined : parsed.error.issues[0]?.message };
}
