import { createHash } from "node:crypto";

/** JSON with a strong ETag; answers 304 when the client already has this body. */
export function cachedJson(request: Request, body: unknown, init: { cacheControl: string; headers?: Record<string, string> }): Response {
  const text = JSON.stringify(body);
  const etag = `"${createHash("sha1").update(text).digest("base64url")}"`;
  const headers = { "Cache-Control": init.cacheControl, ETag: etag, Vary: "Accept-Encoding", ...init.headers };
  const ifNoneMatch = request.headers.get("if-none-match");
  if (ifNoneMatch && ifNoneMatch.split(",").map((t) => t.trim()).includes(etag)) return new Response(null, { status: 304, headers });
  return new Response(text, { status: 200, headers: { ...headers, "Content-Type": "application/json; charset=utf-8" } });
}

export function problem(status: number, title: string, extra: Record<string, unknown> = {}, headers: Record<string, string> = {}): Response {
  return Response.json({ error: { status, title, ...extra } }, { status, headers: { "Cache-Control": "no-store", ...headers } });
}
