import { z } from "zod";
import { getCatalogDb } from "@/db/replicas";
import { clientIp } from "@/lib/auth/client-ip";
import { hasControlCharacters } from "@/lib/catalog/catalog-params";
import { suggestCatalog } from "@/lib/catalog/suggest-catalog";
import { publicApiLimit } from "@/lib/http/public-api-limit";
import { problem } from "@/lib/http/json-response";

export const dynamic = "force-dynamic";

const querySchema = z.object({
  q: z
    .string()
    .trim()
    .min(1, "is required")
    .max(100, "must be at most 100 characters")
    .refine((v) => !hasControlCharacters(v), "must not contain control characters"),
});

// Bad input is refused before anything touches the database, the shared limit included.
export async function GET(request: Request) {
  const parsed = querySchema.safeParse({ q: new URL(request.url).searchParams.get("q") ?? "" });
  if (!parsed.success) return problem(400, "Invalid query parameters", { errors: parsed.error.issues.map((i) => ({ parameter: "q", message: i.message })) });
  const limit = await publicApiLimit(clientIp(request.headers));
  if (!limit.allowed) return problem(429, "Too many requests", {}, { "Retry-After": String(limit.retryAfterSeconds) });
  const suggestions = await suggestCatalog(await getCatalogDb(), parsed.data.q);
  return Response.json(suggestions, { headers: { "Cache-Control": "public, max-age=60" } });
}
