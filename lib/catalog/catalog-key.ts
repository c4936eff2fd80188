import { catalogSearchParams, parseCatalogQuery, type CatalogQuery } from "./catalog-params";

// A catalog URL's query, canonicalized (defaults dropped, fixed order) and packed into
// one path segment. proxy.ts rewrites /courses?… to /courses/search/<key>, so every
// distinct search is one cacheable page, shared by everyone who asks for it.
export function encodeCatalogKey(query: CatalogQuery): string {
  const search = catalogSearchParams(query).toString();
  return search ? Buffer.from(search).toString("base64url") : "all";
}

export function decodeCatalogKey(key: string): CatalogQuery {
  if (key === "all" || key.length > 2000) return parseCatalogQuery({});
  const search = new URLSearchParams(Buffer.from(key, "base64url").toString("utf8"));
  return parseCatalogQuery(Object.fromEntries(search));
}
