// Hardening (issue 15): remembers, process-wide, that a query just failed because the
// database could not be reached, so the server entry (server.mjs) can answer 503 with
// Retry-After instead of 500 while it lasts. A symbol on globalThis, because Next.js
// bundles instrumentation, pages and route handlers separately and server.mjs is not
// bundled at all.
const DATABASE_DOWN_AT = Symbol.for("microcred.databaseDownAt");
const store = globalThis as unknown as Record<symbol, number | undefined>;

// Node socket errors, postgres.js connection errors, and SQLSTATE classes 08
// (connection exception) and 57 (operator intervention: shutdown, cannot connect now,
// statement timeout), plus too_many_connections.
const UNAVAILABLE_CODES = new Set([
  "ECONNREFUSED",
  "ECONNRESET",
  "ETIMEDOUT",
  "EHOSTUNREACH",
  "ENETUNREACH",
  "ENOTFOUND",
  "EAI_AGAIN",
  "EPIPE",
  "CONNECT_TIMEOUT",
  "CONNECTION_CLOSED",
  "CONNECTION_ENDED",
  "CONNECTION_DESTROYED",
  "53300",
]);

function codeOf(error: unknown): string | null {
  if (typeof error !== "object" || error === null || !("code" in error)) return null;
  const code = (error as { code: unknown }).code;
  return typeof code === "string" ? code : null;
}

/** True when the error (or one of its causes, e.g. inside DrizzleQueryError) means "no database right now". */
export function isDatabaseUnavailableError(error: unknown): boolean {
  for (let current = error, depth = 0; current && depth < 5; depth++) {
    const code = codeOf(current);
    if (code && (UNAVAILABLE_CODES.has(code) || /^(08|57)[0-9A-Z]{3}$/.test(code))) return true;
    // Embedded PGlite has no connection to lose; closed is its one way of being unavailable.
    if (current instanceof Error && current.message === "PGlite is closed") return true;
    current = current instanceof Error ? current.cause : undefined;
  }
  return false;
}

export function noteDatabaseError(error: unknown, now = Date.now()): void {
  if (isDatabaseUnavailableError(error)) store[DATABASE_DOWN_AT] = now;
}

export function noteDatabaseUp(): void {
  store[DATABASE_DOWN_AT] = undefined;
}

export function databaseDownSince(): number | null {
  return store[DATABASE_DOWN_AT] ?? null;
}
