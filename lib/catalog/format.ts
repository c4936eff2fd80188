// Formatting for people. Prices are stored in minor units; Intl knows how many
// minor digits each currency has (JPY 0, USD 2, KWD 3). Intl objects are costly to
// build, and a catalog page formats dozens of values, so they are memoized.
const currencyFormatters = new Map<string, Intl.NumberFormat>();
function currencyFormatter(locale: string, currency: string): Intl.NumberFormat {
  const key = `${locale}|${currency}`;
  let formatter = currencyFormatters.get(key);
  if (!formatter) {
    formatter = new Intl.NumberFormat(locale, { style: "currency", currency });
    currencyFormatters.set(key, formatter);
  }
  return formatter;
}

function minorDigits(currency: string): number {
  return currencyFormatter("en-US", currency).resolvedOptions().maximumFractionDigits ?? 2;
}

export function formatPrice(amount: number, currency: string, locale = "en-US"): string {
  if (amount === 0) return "Free";
  return currencyFormatter(locale, currency).format(amount / 10 ** minorDigits(currency));
}

/** Minor units → decimal amount in major units, e.g. 4900 USD → "49.00", 5000 JPY → "5000". */
export function toMajorUnits(amount: number, currency: string): string {
  const digits = minorDigits(currency);
  return (amount / 10 ** digits).toFixed(digits);
}

export function formatDuration(minutes: number): string {
  if (minutes < 60) return `${minutes} min`;
  const hours = Math.floor(minutes / 60);
  const rest = minutes % 60;
  return rest === 0 ? `${hours} h` : `${hours} h ${rest} min`;
}

const languageNames = new Map<string, Intl.DisplayNames>();
export function formatLanguage(tag: string, locale = "en"): string {
  try {
    let names = languageNames.get(locale);
    if (!names) {
      names = new Intl.DisplayNames([locale], { type: "language" });
      languageNames.set(locale, names);
    }
    return names.of(tag) ?? tag;
  } catch {
    return tag;
  }
}

export const levelLabel: Record<"beginner" | "intermediate" | "advanced", string> = {
  beginner: "Beginner",
  intermediate: "Intermediate",
  advanced: "Advanced",
};

/** A count that may be capped (search-cap.ts): "1,000+" means at least that many. */
export function formatCount(count: number, capped = false): string {
  return `${count.toLocaleString("en-US")}${capped ? "+" : ""}`;
}
