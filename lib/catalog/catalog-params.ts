import { z } from "zod";

const slug = z.string().trim().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, "must be a slug like data-analysis").max(100);

// URL query of /courses. Unknown or malformed values fall back to defaults on the
// page (a shared link never errors), while the public API reports them as 400s.
export const catalogQuerySchema = z.object({
  q: z.string().trim().max(200, "must be at most 200 characters").optional(),
  skill: slug.optional(),
  provider: slug.optional(),
  page: z.coerce.number().int("must be a whole number").min(1, "must be 1 or more").max(10_000).default(1),
});

export type CatalogQuery = z.infer<typeof catalogQuerySchema>;

export const CATALOG_PAGE_SIZE = 12;

/** Lenient parse for pages: drop the fields that are invalid, keep the rest. */
export function parseCatalogQuery(raw: Record<string, string | string[] | undefined>): CatalogQuery {
  const first = Object.fromEntries(
    Object.entries(raw).map(([k, v]) => [k, Array.isArray(v) ? v[0] : v]).filter(([, v]) => v !== undefined && v !== ""),
  );
  const parsed = catalogQuerySchema.safeParse(first);
  if (parsed.success) return parsed.data;
  const bad = new Set(parsed.error.issues.map((i) => String(i.path[0])));
  const kept = Object.fromEntries(Object.entries(first).filter(([k]) => !bad.has(k)));
  return catalogQuerySchema.parse(kept);
}
