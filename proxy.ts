import { NextResponse, type NextRequest } from "next/server";
import { encodeCatalogKey } from "@/lib/catalog/catalog-key";
import { parseCatalogQuery } from "@/lib/catalog/catalog-params";

// The catalog depends only on its query string, not on who asks: rewriting it to a
// path lets Next.js cache each distinct search as a page (see courses/search/[key]).
// The address in the browser stays /courses?…, so links and bookmarks are unchanged.
export function proxy(request: NextRequest) {
  // An issuer's address is its JSON-LD Profile for machines and its page for people.
  if (request.nextUrl.pathname.startsWith("/issuers/")) {
    const accept = request.headers.get("accept") ?? "";
    if (!/json/.test(accept) || /text\/html/.test(accept)) return NextResponse.next();
    const url = request.nextUrl.clone();
    url.pathname = `${request.nextUrl.pathname}/profile.json`;
    return NextResponse.rewrite(url);
  }
  const query = parseCatalogQuery(Object.fromEntries(request.nextUrl.searchParams));
  const url = request.nextUrl.clone();
  url.pathname = `/courses/search/${encodeCatalogKey(query)}`;
  url.search = "";
  return NextResponse.rewrite(url);
}

export const config = { matcher: ["/courses", "/issuers/:slug"] };
