// The first X-Forwarded-For hop is the client when we run behind a proxy; the
// rate limiter keys on it. Without a proxy header every request counts as "local".
export function clientIp(headers: Headers): string {
  const forwarded = headers.get("x-forwarded-for")?.split(",")[0]?.trim();
  return forwarded || headers.get("x-real-ip") || "local";
}
