import { getCatalogDb } from "@/db/replicas";
import { courseDetailJson } from "@/lib/api/course-json";
import { clientIp } from "@/lib/auth/client-ip";
import { getPublishedCourse } from "@/lib/catalog/get-course";
import { env } from "@/lib/config/env";
import { publicApiLimit } from "@/lib/http/public-api-limit";
import { cachedJson, problem } from "@/lib/http/json-response";

export const dynamic = "force-dynamic";

export async function GET(request: Request, { params }: { params: Promise<{ slug: string }> }) {
  const limit = await publicApiLimit(clientIp(request.headers));
  if (!limit.allowed) return problem(429, "Too many requests", {}, { "Retry-After": String(limit.retryAfterSeconds) });
  const { slug } = await params;
  if (!/^[a-z0-9]+(-[a-z0-9]+)*$/.test(slug) || slug.length > 100) {
    return problem(400, "Invalid path parameter", { errors: [{ parameter: "slug", message: "must be a course slug like sql-for-analysts" }] });
  }
  const course = await getPublishedCourse(await getCatalogDb(), slug);
  if (!course) return problem(404, "Course not found");
  return cachedJson(request, { data: courseDetailJson(course, env().APP_URL) }, { cacheControl: "public, max-age=60, stale-while-revalidate=300" });
}
