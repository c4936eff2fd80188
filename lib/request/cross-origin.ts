/**
 * A form post or server action from another site. Next.js refuses those itself, but
 * with a 500; proxy.ts answers 403 first (issue 15 §6). The comparison is the one
 * Next.js makes: the Origin's host against X-Forwarded-Host, else Host. No Origin at
 * all is a hand-made request, not a browser on another site, and is left to Next.js.
 */
export function isCrossOriginPost(request: { method: string; headers: Headers }): boolean {
  if (request.method === "GET" || request.method === "HEAD" || request.method === "OPTIONS") return false;
  const origin = request.headers.get("origin");
  if (origin === null) return false;
  if (origin === "null") return true;
  let originHost: string;
  try {
    originHost = new URL(origin).host;
  } catch {
    return true;
  }
  const host = request.headers.get("x-forwarded-host")?.split(",")[0]?.trim() || request.headers.get("host");
  return !host || originHost !== host;
}
