import { courseSummaryJson } from "@/lib/api/course-json";
import { parseApiCatalogQuery } from "@/lib/api/parse-api-query";
import { clientIp } from "@/lib/auth/client-ip";
import { searchCatalog } from "@/lib/catalog/cached-search";
import { InvalidCursorError } from "@/lib/catalog/search-courses";
import { env } from "@/lib/config/env";
import { publicApiLimit } from "@/lib/http/public-api-limit";
import { cachedJson, problem } from "@/lib/http/json-response";

export const dynamic = "force-dynamic";

export async function GET(request: Request) {
  const limit = await publicApiLimit(clientIp(request.headers));
  if (!limit.allowed) return problem(429, "Too many requests", {}, { "Retry-After": String(limit.retryAfterSeconds) });

  const parsed = parseApiCatalogQuery(new URL(request.url).searchParams);
  if (!parsed.ok) return problem(400, "Invalid query parameters", { errors: parsed.errors });
  const { cursor, limit: pageSize, facets, ...query } = parsed.query;
  try {
    const result = await searchCatalog({ ...query, page: 1, pageSize, cursor, withFacets: facets === "true" });
    const appUrl = env().APP_URL;
    return cachedJson(
      request,
      {
        data: result.items.map((c) => courseSummaryJson(c, appUrl)),
        pagination: { total: result.total, totalCapped: result.totalCapped, limit: pageSize, nextCursor: result.nextCursor },
        sort: result.sort,
        correctedQuery: result.correctedQuery,
        ...(result.facets ? { facets: result.facets } : {}),
      },
      { cacheControl: "public, max-age=60, stale-while-revalidate=300", headers: { "X-RateLimit-Remaining": String(limit.remaining) } },
    );
  } catch (error) {
    if (error instanceof InvalidCursorError) return problem(400, "Invalid query parameters", { errors: [{ parameter: "cursor", message: error.message }] });
    throw error;
  }
}
