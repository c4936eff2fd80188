#!/usr/bin/env bash
# Starts the production build for Playwright on a database of its own: a fresh
# embedded PGlite directory, or the Postgres named by DATABASE_URL (local only).
set -euo pipefail
cd "$(dirname "$0")/.."
PORT="${E2E_PORT:-3100}"
# A fixed secret is fine here: this server only ever runs on localhost for tests.
export AUTH_SECRET="${AUTH_SECRET:-e2e-only-secret-not-for-production-000000}"
export MAIL_OUTBOX_DIR="${MAIL_OUTBOX_DIR:-.data/e2e-outbox}"
# Payments run against the simulated Stripe with its labelled test checkout
# (refused by env validation unless APP_URL is localhost and no Stripe key is set).
export PAYMENTS_TEST_MODE="${PAYMENTS_TEST_MODE:-local}"
# The suite signs the demo accounts in many times from 127.0.0.1 (localhost only, see env.ts).
export AUTH_RATE_LIMIT_SCALE="${AUTH_RATE_LIMIT_SCALE:-50}"
rm -rf "$MAIL_OUTBOX_DIR"
if [ -z "${DATABASE_URL:-}" ]; then
  export PGLITE_DIR=".data/e2e"
  rm -rf "$PGLITE_DIR"
else
  case "$DATABASE_URL" in
    *@localhost[:/]*|*@127.0.0.1[:/]*|*@\[::1\][:/]*) ;;
    *) echo "Refusing to run end-to-end tests against a non-local database" >&2; exit 1 ;;
  esac
fi
# The data cache (unstable_cache) and cached pages persist under .next; a fresh database must not
# be served stale results from an earlier run.
rm -rf .next/cache/fetch-cache .next/server/route-cache
npx tsx scripts/db-seed.ts
# Keep idle connections open longer than the test client does: with Node's default 5 s
# the server can close a socket just as Playwright reuses it (ECONNRESET on a GET).
# server.mjs is `npm start`: next start plus the socket address in X-Forwarded-For (docs/SECURITY.md).
exec node server.mjs -p "$PORT" --keepAliveTimeout 70000
