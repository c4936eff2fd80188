import { getDb } from "@/db";
import { clientIp } from "@/lib/auth/client-ip";
import { env } from "@/lib/config/env";
import { MAX_VERIFY_BYTES, parseVerifyInput } from "@/lib/credentials/parse-verify-input";
import { verifyCredentialDocument } from "@/lib/credentials/verify-credential";
import { problem } from "@/lib/http/json-response";
import { publicApiLimit } from "@/lib/http/public-api-limit";

export const dynamic = "force-dynamic";

/**
 * POST a credential to verify: its JSON as the body (application/json or
 * application/ld+json), a baked badge as the body (image/png, image/svg+xml), or a
 * multipart form with a `file` or a `credential` field. Up to 1 MB.
 */
export async function POST(request: Request) {
  const limit = await publicApiLimit(clientIp(request.headers));
  if (!limit.allowed) return problem(429, "Too many requests", {}, { "Retry-After": String(limit.retryAfterSeconds) });
  const declared = Number(request.headers.get("content-length") ?? "0");
  if (declared > MAX_VERIFY_BYTES * 2) return problem(413, "Too large", { detail: `Send at most ${MAX_VERIFY_BYTES} bytes.` });

  const bytes = await readInput(request);
  if (!bytes.ok) return problem(bytes.status, bytes.title, { detail: bytes.detail });
  const parsed = parseVerifyInput(bytes.data);
  if (!parsed.ok) return problem(400, "Not a verifiable credential", { detail: parsed.message });
  const result = await verifyCredentialDocument(await getDb(), parsed.document, { appUrl: env().APP_URL });
  return Response.json(
    { outcome: result.outcome, verified: result.outcome === "valid", checks: result.checks, revocationReason: result.revocationReason, source: parsed.source, credentialId: parsed.document.id ?? null },
    { headers: { "Cache-Control": "no-store", "X-RateLimit-Remaining": String(limit.remaining) } },
  );
}

type Read = { ok: true; data: Buffer } | { ok: false; status: number; title: string; detail: string };

async function readInput(request: Request): Promise<Read> {
  const type = (request.headers.get("content-type") ?? "").split(";")[0]!.trim().toLowerCase();
  try {
    if (type === "multipart/form-data") {
      const form = await request.formData();
      const file = form.get("file");
      if (file instanceof File && file.size > 0) {
        if (file.size > MAX_VERIFY_BYTES) return { ok: false, status: 413, title: "Too large", detail: `The file is larger than ${MAX_VERIFY_BYTES} bytes.` };
        return { ok: true, data: Buffer.from(await file.arrayBuffer()) };
      }
      const text = form.get("credential");
      return { ok: true, data: Buffer.from(typeof text === "string" ? text : "", "utf8") };
    }
    if (["application/json", "application/ld+json", "application/vc+ld+json", "image/png", "image/svg+xml", "text/plain", ""].includes(type)) {
      const data = Buffer.from(await request.arrayBuffer());
      if (data.length > MAX_VERIFY_BYTES) return { ok: false, status: 413, title: "Too large", detail: `Send at most ${MAX_VERIFY_BYTES} bytes.` };
      return { ok: true, data };
    }
  } catch {
    return { ok: false, status: 400, title: "Unreadable request", detail: "The request body could not be read." };
  }
  return { ok: false, status: 415, title: "Unsupported media type", detail: "Send JSON, a PNG or SVG badge, or a multipart form." };
}
