// Formatting for people. Prices are stored in minor units; Intl knows how many
// minor digits each currency has (JPY 0, USD 2, KWD 3).
export function formatPrice(amount: number, currency: string, locale = "en-US"): string {
  if (amount === 0) return "Free";
  const formatter = new Intl.NumberFormat(locale, { style: "currency", currency });
  const digits = formatter.resolvedOptions().maximumFractionDigits ?? 2;
  return formatter.format(amount / 10 ** digits);
}

export function formatDuration(minutes: number): string {
  if (minutes < 60) return `${minutes} min`;
  const hours = Math.floor(minutes / 60);
  const rest = minutes % 60;
  return rest === 0 ? `${hours} h` : `${hours} h ${rest} min`;
}

export function formatLanguage(tag: string, locale = "en"): string {
  try {
    return new Intl.DisplayNames([locale], { type: "language" }).of(tag) ?? tag;
  } catch {
    return tag;
  }
}

export const levelLabel: Record<"beginner" | "intermediate" | "advanced", string> = {
  beginner: "Beginner",
  intermediate: "Intermediate",
  advanced: "Advanced",
};

/** Minor units → decimal amount in major units, e.g. 4900 USD → "49.00", 5000 JPY → "5000". */
export function toMajorUnits(amount: number, currency: string): string {
  const digits = new Intl.NumberFormat("en-US", { style: "currency", currency }).resolvedOptions().maximumFractionDigits ?? 2;
  return (amount / 10 ** digits).toFixed(digits);
}
