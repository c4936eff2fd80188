// Per-instance fixed-window limiter for public read APIs. Unlike sign-in limits
// (shared in Postgres), these guard against scraping bursts, where a per-instance
// budget is enough and a database write per read would cost more than it saves.
type Window = { start: number; hits: number };

export function createMemoryRateLimit(input: { limit: number; windowMs: number; maxKeys?: number }) {
  const windows = new Map<string, Window>();
  const maxKeys = input.maxKeys ?? 10_000;
  return function hit(key: string, now = Date.now()): { allowed: boolean; remaining: number; retryAfterSeconds: number } {
    let window = windows.get(key);
    if (!window || now - window.start >= input.windowMs) {
      if (!window && windows.size >= maxKeys) windows.delete(windows.keys().next().value as string); // drop the oldest key
      window = { start: now, hits: 0 };
      windows.set(key, window);
    }
    window.hits++;
    return {
      allowed: window.hits <= input.limit,
      remaining: Math.max(0, input.limit - window.hits),
      retryAfterSeconds: Math.max(1, Math.ceil((window.start + input.windowMs - now) / 1000)),
    };
  };
}
