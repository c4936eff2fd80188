import { z } from "zod";

export const SORTS = ["relevance", "newest", "rating", "price_asc", "price_desc", "popular"] as const;
export const LEVELS = ["beginner", "intermediate", "advanced"] as const;
// Duration buckets in minutes: [from, to).
export const DURATIONS = {
  short: { label: "Under 2 hours", from: 0, to: 120 },
  medium: { label: "2–5 hours", from: 120, to: 300 },
  long: { label: "5–10 hours", from: 300, to: 600 },
  extended: { label: "10+ hours", from: 600, to: null },
} as const;
export type DurationBucket = keyof typeof DURATIONS;
export type Sort = (typeof SORTS)[number];

// C0 controls (NUL included) and DEL; tabs and newlines are not expected in a query either.
export function hasControlCharacters(value: string): boolean {
  return /[\u0000-\u001f\u007f]/.test(value);
}

const slug = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, "must be a slug like data-analysis").max(100);
const list = <T extends z.ZodType>(item: T, max = 20) =>
  z.preprocess(
    (v) => (typeof v === "string" ? v.split(",").map((s) => s.trim()).filter(Boolean) : v),
    z.array(item).max(max, `at most ${max} values`),
  );
const money = z.coerce.number("must be a number").min(0, "must be 0 or more").max(100_000, "must be at most 100000");

// One schema for the catalog page, skill/provider pages and the public API.
// Lists are comma-separated (?level=beginner,intermediate); prices are in major units.
export const catalogQuerySchema = z
  .object({
    // Postgres refuses NUL in text (a 500 before issue 15); other control characters mean nothing in a search.
    q: z
      .string()
      .trim()
      .max(200, "must be at most 200 characters")
      .refine((v) => !hasControlCharacters(v), "must not contain control characters")
      .optional(),
    skill: list(slug).default([]),
    level: list(z.enum(LEVELS, { message: `must be one of ${LEVELS.join(", ")}` }), 3).default([]),
    language: list(z.string().regex(/^[a-z]{2,3}$/, "must be a language code such as en or es")).default([]),
    provider: list(slug).default([]),
    price: z.enum(["free", "paid"], { message: "must be free or paid" }).optional(),
    price_min: money.optional(),
    price_max: money.optional(),
    duration: list(z.enum(Object.keys(DURATIONS) as [DurationBucket, ...DurationBucket[]], { message: "must be short, medium, long or extended" }), 4).default([]),
    sort: z.enum(SORTS, { message: `must be one of ${SORTS.join(", ")}` }).optional(),
    page: z.coerce.number("must be a number").int("must be a whole number").min(1, "must be 1 or more").max(10_000, "must be at most 10000").default(1),
  })
  .refine((v) => v.price_min === undefined || v.price_max === undefined || v.price_min <= v.price_max, {
    path: ["price_max"],
    message: "must not be less than price_min",
  });

export type CatalogQuery = z.infer<typeof catalogQuerySchema>;
export const CATALOG_PAGE_SIZE = 12;

type Raw = Record<string, string | string[] | undefined>;
const firstValues = (raw: Raw) =>
  Object.fromEntries(
    Object.entries(raw)
      .map(([k, v]) => [k, Array.isArray(v) ? v.join(",") : v] as const)
      .filter(([, v]) => v !== undefined && v !== ""),
  );

/** Lenient parse for pages: invalid fields are dropped, so a shared link never errors. */
export function parseCatalogQuery(raw: Raw): CatalogQuery {
  const values = firstValues(raw);
  const parsed = catalogQuerySchema.safeParse(values);
  if (parsed.success) return parsed.data;
  const bad = new Set(parsed.error.issues.map((i) => String(i.path[0])));
  return catalogQuerySchema.parse(Object.fromEntries(Object.entries(values).filter(([k]) => !bad.has(k))));
}

/** The effective sort: relevance only makes sense with words to rank by. */
export function effectiveSort(query: Pick<CatalogQuery, "q" | "sort">): Sort {
  if (query.sort && (query.sort !== "relevance" || query.q)) return query.sort;
  return query.q ? "relevance" : "newest";
}

/** Query string for a catalog URL; defaults are left out so URLs stay short and canonical. */
export function catalogSearchParams(query: Partial<CatalogQuery>): URLSearchParams {
  const out = new URLSearchParams();
  if (query.q) out.set("q", query.q);
  for (const key of ["skill", "level", "language", "provider", "duration"] as const) {
    const values = query[key];
    if (values && values.length) out.set(key, [...values].join(","));
  }
  if (query.price) out.set("price", query.price);
  if (query.price_min !== undefined) out.set("price_min", String(query.price_min));
  if (query.price_max !== undefined) out.set("price_max", String(query.price_max));
  if (query.sort && query.sort !== effectiveSort({ q: query.q })) out.set("sort", query.sort);
  if (query.page && query.page > 1) out.set("page", String(query.page));
  return out;
}

export function catalogHref(base: string, query: Partial<CatalogQuery>): string {
  const search = catalogSearchParams(query).toString();
  return search ? `${base}?${search}` : base;
}
