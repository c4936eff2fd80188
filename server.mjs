// @ts-check
// `npm start`: the production server. It is `next start` plus two things Next.js
// cannot do for us (docs/SECURITY.md, "Client addresses" and "Database down"):
//
// 1. The socket address reaches the app. `next start` fills X-Forwarded-For from the
//    socket only when the client sent none, so a client could pick its own address and
//    dodge the sign-in limits. Here the socket address is appended to whatever chain
//    arrived, as every proxy does; lib/auth/client-ip.ts reads TRUSTED_PROXY_HOPS
//    entries from the right, so TRUSTED_PROXY_HOPS=0 means exactly this socket.
// 2. A page that fails while the database is unreachable answers 503 with Retry-After
//    instead of 500, so balancers and crawlers treat it as temporary.
import { createServer } from "node:http";
import { parseArgs } from "node:util";

// Like `next start`: a production server unless told otherwise. Set before Next.js
// loads (hence the dynamic import below), since it and lib/config/env.ts read it.
process.env.NODE_ENV ??= "production";
const { default: next } = await import("next");

const { values } = parseArgs({
  options: {
    port: { type: "string", short: "p" },
    hostname: { type: "string", short: "H" },
    keepAliveTimeout: { type: "string" },
  },
});
const port = Number(values.port ?? process.env.PORT ?? 3000);
const hostname = values.hostname ?? process.env.HOSTNAME ?? "0.0.0.0";
// lib/config/env.ts derives APP_URL from the port when it is not set.
process.env.PORT = String(port);

/** Set by lib/health/database-availability.ts when a query failed for want of a database. */
const DATABASE_DOWN_AT = Symbol.for("microcred.databaseDownAt");
const DOWN_WINDOW_MS = 10_000;

/**
 * @param {string | string[] | undefined} forwarded
 * @param {string | undefined} socketAddress
 */
function appendSocketAddress(forwarded, socketAddress) {
  const chain = (Array.isArray(forwarded) ? forwarded.join(",") : (forwarded ?? "")).trim();
  const peer = socketAddress ?? "unknown";
  return chain ? `${chain}, ${peer}` : peer;
}

/** @param {import("node:http").ServerResponse} res */
function answer503WhileDatabaseDown(res) {
  const writeHead = res.writeHead.bind(res);
  /** @type {typeof res.writeHead} */
  const patched = (statusCode, ...rest) => {
    const downAt = /** @type {Record<symbol, number | undefined>} */ (/** @type {unknown} */ (globalThis))[DATABASE_DOWN_AT];
    if (statusCode === 500 && downAt && Date.now() - downAt < DOWN_WINDOW_MS) {
      res.setHeader("Retry-After", "5");
      return writeHead(503, ...rest);
    }
    return writeHead(statusCode, ...rest);
  };
  res.writeHead = patched;
}

// Like `next start`: listening on all interfaces, Next.js still names itself "localhost"
// (request URLs, Auth.js links), never "0.0.0.0".
const app = next({ dev: false, hostname: hostname === "0.0.0.0" ? "localhost" : hostname, port });
const handle = app.getRequestHandler();
await app.prepare();

const server = createServer((req, res) => {
  req.headers["x-forwarded-for"] = appendSocketAddress(req.headers["x-forwarded-for"], req.socket.remoteAddress);
  // The webhook keeps its 500: that is what tells Stripe to retry (docs/SECURITY.md).
  if (!req.url?.startsWith("/api/stripe/webhook")) answer503WhileDatabaseDown(res);
  void handle(req, res);
});
// Longer than any client's idle timeout (Node's 5 s default made Playwright hit ECONNRESET).
server.keepAliveTimeout = Number(values.keepAliveTimeout ?? 70_000);

// Graceful shutdown (docs/OPERATIONS.md): stop taking connections, let requests in flight
// finish and the job worker drain (lib/jobs/start-app-services.ts registers its drain
// under this symbol), then exit; a stuck request cannot hold the process past the grace.
const DRAIN = Symbol.for("microcred.drainJobs");
const GRACE_MS = 25_000;
let stopping = false;
/** @param {string} signal */
async function shutdown(signal) {
  if (stopping) return;
  stopping = true;
  console.info(`> ${signal}: draining`);
  setTimeout(() => process.exit(1), GRACE_MS).unref();
  const closed = new Promise((resolve) => server.close(() => resolve(undefined)));
  server.closeIdleConnections();
  const drain = /** @type {Record<symbol, (() => Promise<void>) | undefined>} */ (/** @type {unknown} */ (globalThis))[DRAIN];
  await Promise.all([closed, drain?.()]);
  process.exit(0);
}
process.once("SIGTERM", () => void shutdown("SIGTERM"));
process.once("SIGINT", () => void shutdown("SIGINT"));
server.listen(port, hostname, () => console.log(`> Microcred ready on http://${hostname === "0.0.0.0" ? "localhost" : hostname}:${port}`));
