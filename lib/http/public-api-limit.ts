import { env } from "@/lib/config/env";
import { createMemoryRateLimit } from "./memory-rate-limit";

let limiter: ReturnType<typeof createMemoryRateLimit> | undefined;

/** Budget of the public JSON APIs per client IP and instance (PUBLIC_API_RATE_LIMIT per minute). */
export function publicApiLimit(ip: string) {
  limiter ??= createMemoryRateLimit({ limit: env().PUBLIC_API_RATE_LIMIT, windowMs: 60_000 });
  return limiter(ip);
}
