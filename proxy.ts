import { NextResponse, type NextRequest } from "next/server";
import { encodeCatalogKey } from "@/lib/catalog/catalog-key";
import { parseCatalogQuery } from "@/lib/catalog/catalog-params";
import { isCrossOriginPost } from "@/lib/request/cross-origin";

/** experimental.serverActions.bodySizeLimit in next.config.js ("3mb"). */
const SERVER_ACTION_BODY_LIMIT = 3 * 1024 * 1024;

// The catalog depends only on its query string, not on who asks: rewriting it to a
// path lets Next.js cache each distinct search as a page (see courses/search/[key]).
// The address in the browser stays /courses?…, so links and bookmarks are unchanged.
export function proxy(request: NextRequest) {
  // A form post or server action from another site: refused here with 403, since Next.js
  // would refuse it with a 500 (issue 15 §6). API routes keep their own rules.
  if (isCrossOriginPost(request) && !request.nextUrl.pathname.startsWith("/api/")) {
    return new NextResponse("Cross-origin form posts are not accepted.", { status: 403, headers: { "Content-Type": "text/plain" } });
  }
  // Over the server actions' body limit (next.config.js): Next.js would answer with a 500
  // error page. Forms check file sizes before sending; this is for everything else.
  if (request.method === "POST" && Number(request.headers.get("content-length") ?? 0) > SERVER_ACTION_BODY_LIMIT && !request.nextUrl.pathname.startsWith("/api/")) {
    return new NextResponse("The upload is too large: images may be at most 2 MB.", { status: 413, headers: { "Content-Type": "text/plain" } });
  }
  // An issuer's address is its JSON-LD Profile for machines and its page for people.
  if (request.nextUrl.pathname.startsWith("/issuers/")) {
    const accept = request.headers.get("accept") ?? "";
    if (!/json/.test(accept) || /text\/html/.test(accept)) return NextResponse.next();
    const url = request.nextUrl.clone();
    url.pathname = `${request.nextUrl.pathname}/profile.json`;
    return NextResponse.rewrite(url);
  }
  if (request.nextUrl.pathname !== "/courses") return NextResponse.next();
  const query = parseCatalogQuery(Object.fromEntries(request.nextUrl.searchParams));
  const url = request.nextUrl.clone();
  url.pathname = `/courses/search/${encodeCatalogKey(query)}`;
  url.search = "";
  return NextResponse.rewrite(url);
}

export const config = {
  matcher: [
    "/courses",
    "/issuers/:slug",
    // Every request that carries an Origin header (browsers send one on posts), is a
    // server action or a multipart post, so the cross-origin and size checks see all
    // form posts without running on every page view.
    { source: "/((?!_next/static|_next/image|api/).*)", has: [{ type: "header", key: "origin" }] },
    { source: "/((?!_next/static|_next/image|api/).*)", has: [{ type: "header", key: "next-action" }] },
    { source: "/((?!_next/static|_next/image|api/).*)", has: [{ type: "header", key: "content-type", value: "multipart/form-data.*" }] },
  ],
};
