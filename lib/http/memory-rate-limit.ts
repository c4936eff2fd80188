// In-memory fixed-window limiter: the public APIs on the embedded database (one
// process, so one memory is every instance). With PostgreSQL or Redis the limits are
// shared instead (shared-rate-limit.ts).
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
