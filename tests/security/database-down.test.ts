// Issue 15 §9: a database that is down or hung fails a request in seconds (connect and
// statement timeouts on postgres.js), pages then answer 503 (server.mjs reads the mark
// set here), the webhook 500 so Stripe retries, and /api/health says "down".
import { createServer, type Server, type Socket } from "node:net";
import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openDb, type DbHandle } from "@/db/client";
import { checkHealth } from "@/lib/health/check-health";
import { databaseDownSince, isDatabaseUnavailableError, noteDatabaseError, noteDatabaseUp } from "@/lib/health/database-availability";
import { handleStripeWebhook } from "@/lib/payments/handle-stripe-webhook";
import { FakeStripe } from "@/lib/payments/fake-stripe/fake-stripe";

// A port of this branch's range (docs: 3221-3229) with nothing listening, and one whose
// server accepts connections and never says a word (a hung database host).
const CLOSED_PORT = 3229;
const HUNG_PORT = 3228;
const serverUrl = process.env.DATABASE_URL ?? "postgres://postgres@127.0.0.1:5432/postgres";

let hung: Server;
const sockets: Socket[] = [];
const handles: DbHandle[] = [];
beforeAll(async () => {
  hung = createServer((socket) => sockets.push(socket));
  await new Promise<void>((resolve) => hung.listen(HUNG_PORT, "127.0.0.1", resolve));
});
afterAll(async () => {
  for (const s of sockets) s.destroy();
  await new Promise((resolve) => hung.close(resolve));
  await Promise.all(handles.map((h) => h.close().catch(() => undefined)));
});

async function open(url: string, timeouts: { connectTimeoutSeconds?: number; statementTimeoutMs?: number } = {}) {
  const handle = await openDb({ url, ...timeouts });
  handles.push(handle);
  return handle;
}

async function failure(run: () => Promise<unknown>): Promise<unknown> {
  try {
    await run();
  } catch (error) {
    return error;
  }
  throw new Error("expected the query to fail");
}

describe("postgres.js fails fast when the database is unavailable", () => {
  it("a closed port: refused at once, recognised as 'database unavailable', and marked for server.mjs", async () => {
    const { db } = await open(`postgres://postgres@127.0.0.1:${CLOSED_PORT}/nothing`);
    const error = await failure(() => db.execute(sql`select 1`));
    expect(isDatabaseUnavailableError(error)).toBe(true);
    noteDatabaseUp();
    noteDatabaseError(error);
    expect(databaseDownSince()).not.toBeNull();
    expect(await checkHealth(async () => db)).toEqual({ status: "degraded", db: "down" });
  });

  it("a host that accepts and never answers: the connect timeout ends it (30 s by default, 1 s here)", async () => {
    const { db } = await open(`postgres://postgres@127.0.0.1:${HUNG_PORT}/nothing`, { connectTimeoutSeconds: 1 });
    const error = await failure(() => db.execute(sql`select 1`));
    expect((error as { cause?: { code?: string } }).cause?.code ?? (error as { code?: string }).code).toBe("CONNECT_TIMEOUT");
    expect(isDatabaseUnavailableError(error)).toBe(true);
  });

  it("a statement that hangs on a live server is cancelled by statement_timeout (57014)", async () => {
    const { db } = await open(serverUrl, { statementTimeoutMs: 200 });
    const error = await failure(() => db.execute(sql`select pg_sleep(5)`));
    expect((error as { cause?: { code?: string } }).cause?.code ?? (error as { code?: string }).code).toBe("57014");
    expect(isDatabaseUnavailableError(error)).toBe(true);
    // The pool is still usable afterwards.
    await db.execute(sql`select 1`);
  });

  it("the webhook answers 500 (Stripe retries) while the database is down", async () => {
    const { db } = await open(`postgres://postgres@127.0.0.1:${CLOSED_PORT}/nothing`);
    const secret = "whsec_database_down_test";
    const fake = new FakeStripe({ webhookSecret: secret, checkoutPageUrl: "http://x", onboardingPageUrl: "http://x", deliver: async () => {} });
    const payload = JSON.stringify(fake.buildEvent("account.updated", { id: "acct_1", object: "account" }));
    const response = await handleStripeWebhook({ db, stripe: null, webhookSecrets: [secret] }, payload, fake.signPayload(payload));
    expect(response.status).toBe(500);
  });

  it("ordinary errors are not mistaken for an outage", () => {
    expect(isDatabaseUnavailableError(Object.assign(new Error("duplicate key"), { code: "23505" }))).toBe(false);
    expect(isDatabaseUnavailableError(new Error("boom"))).toBe(false);
    expect(isDatabaseUnavailableError(new Error("wrapped", { cause: Object.assign(new Error("x"), { code: "57P01" }) }))).toBe(true);
  });
});
