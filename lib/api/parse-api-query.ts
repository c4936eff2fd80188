import { z } from "zod";
import { catalogQuerySchema, type CatalogQuery } from "@/lib/catalog/catalog-params";

const apiExtras = z.object({
  cursor: z.string().max(1000, "is too long").optional(),
  limit: z.coerce.number("must be a number").int("must be a whole number").min(1, "must be at least 1").max(50, "must be at most 50").default(20),
  facets: z.enum(["true", "false"], { message: "must be true or false" }).default("false"),
});
const allowed = new Set([...Object.keys(catalogQuerySchema.shape), ...Object.keys(apiExtras.shape)]);
allowed.delete("page"); // the API pages with cursors

export type ApiCatalogQuery = CatalogQuery & z.infer<typeof apiExtras>;
export type ApiQueryError = { parameter: string; message: string };

/** Strict: any unknown or invalid parameter is an error naming it and why. */
export function parseApiCatalogQuery(params: URLSearchParams): { ok: true; query: ApiCatalogQuery } | { ok: false; errors: ApiQueryError[] } {
  const errors: ApiQueryError[] = [];
  const raw: Record<string, string> = {};
  for (const key of new Set(params.keys())) {
    if (!allowed.has(key)) errors.push({ parameter: key, message: "is not a known parameter" });
    else raw[key] = params.getAll(key).join(",");
  }
  const catalog = catalogQuerySchema.safeParse(raw);
  const extras = apiExtras.safeParse(raw);
  for (const issue of [...(catalog.error?.issues ?? []), ...(extras.error?.issues ?? [])]) {
    errors.push({ parameter: String(issue.path[0] ?? "query"), message: issue.message });
  }
  if (errors.length || !catalog.success || !extras.success) return { ok: false, errors };
  return { ok: true, query: { ...catalog.data, ...extras.data } };
}
