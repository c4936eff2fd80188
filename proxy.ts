import { NextResponse, type NextRequest } from "next/server";
import { encodeCatalogKey } from "@/lib/catalog/catalog-key";
import { parseCatalogQuery } from "@/lib/catalog/catalog-params";

// The catalog depends only on its query string, not on who asks: rewriting it to a
// path lets Next.js cache each distinct search as a page (see courses/search/[key]).
// The address in the browser stays /courses?…, so links and bookmarks are unchanged.
export function proxy(request: NextRequest) {
  const query = parseCatalogQuery(Object.fromEntries(request.nextUrl.searchParams));
  const url = request.nextUrl.clone();
  url.pathname = `/courses/search/${encodeCatalogKey(query)}`;
  url.search = "";
  return NextResponse.rewrite(url);
}

export const config = { matcher: "/courses" };
