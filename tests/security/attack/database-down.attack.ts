// Issue 15 §9 against the real server: its database connection runs through a TCP
// forwarder this test owns, so "the database goes down" is closing the forwarder (the
// shared PostgreSQL keeps running for everyone else) and "it comes back" is reopening it.
import { spawn, type ChildProcess } from "node:child_process";
import { createConnection, createServer, type Server, type Socket } from "node:net";
import Stripe from "stripe";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";

const FORWARDER_PORT = 3227;
const SERVER_PORT = 3223;
const WEBHOOK_SECRET = "whsec_attack_suite_database_down";
const base = `http://localhost:${SERVER_PORT}`;

let forwarder: Server | null = null;
const sockets = new Set<Socket>();
async function openForwarder() {
  const target = new URL(inject("databaseUrl"));
  forwarder = createServer((client) => {
    const upstream = createConnection(Number(target.port || 5432), target.hostname);
    for (const s of [client, upstream]) {
      sockets.add(s);
      s.on("close", () => sockets.delete(s));
      s.on("error", () => s.destroy());
    }
    client.pipe(upstream).pipe(client);
  });
  await new Promise<void>((resolve) => forwarder!.listen(FORWARDER_PORT, "127.0.0.1", resolve));
}
async function closeForwarder() {
  for (const s of sockets) s.destroy();
  await new Promise((resolve) => (forwarder ? forwarder.close(resolve) : resolve(undefined)));
  forwarder = null;
}

let server: ChildProcess;
beforeAll(async () => {
  await openForwarder();
  const url = new URL(inject("databaseUrl"));
  url.host = `127.0.0.1:${FORWARDER_PORT}`;
  server = spawn("node", ["server.mjs", "-p", String(SERVER_PORT)], {
    env: {
      ...process.env,
      NODE_ENV: "production",
      DATABASE_URL: url.toString(),
      DATABASE_CONNECT_TIMEOUT_SECONDS: "2",
      APP_URL: base,
      AUTH_SECRET: "attack-suite-only-secret-not-for-production-0000",
      // Real-Stripe mode with a known signing secret, so the test can sign an event.
      STRIPE_SECRET_KEY: "sk_test_attack_suite_unreachable",
      STRIPE_WEBHOOK_SECRET: WEBHOOK_SECRET,
      PAYMENTS_TEST_MODE: "",
    },
    stdio: ["ignore", "ignore", "inherit"],
  });
  for (let i = 0; i < 240; i++) {
    if ((await fetch(`${base}/api/health`).catch(() => null))?.ok) return;
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  throw new Error("second server did not start");
});
afterAll(async () => {
  server?.kill("SIGTERM");
  await closeForwarder();
});

async function get(path: string) {
  const started = performance.now();
  const response = await fetch(`${base}${path}`, { redirect: "manual" });
  return { status: response.status, retryAfter: response.headers.get("retry-after"), body: await response.text(), ms: performance.now() - started };
}

function signedEvent() {
  const payload = JSON.stringify({ id: `evt_down_${Date.now()}`, object: "event", type: "account.updated", livemode: false, created: 1, data: { object: { id: "acct_down", object: "account" } } });
  return { payload, signature: new Stripe("sk_test_x").webhooks.generateTestHeaderString({ payload, secret: WEBHOOK_SECRET }) };
}

describe("the database goes down and comes back", () => {
  it("pages answer 503 with Retry-After, /api/health says down, the webhook 500; then all recover", async () => {
    expect((await get("/skills/sql")).status).toBe(200);

    await closeForwarder();
    const page = await get("/skills/python");
    const health = await get("/api/health");
    const event = signedEvent();
    const hook = await fetch(`${base}/api/stripe/webhook`, { method: "POST", headers: { "stripe-signature": event.signature }, body: event.payload });
    console.info(`[database down] page ${page.status} in ${page.ms.toFixed(0)} ms, health ${health.status} in ${health.ms.toFixed(0)} ms`);
    expect(page.status).toBe(503);
    expect(page.retryAfter).toBe("5");
    expect(health.status).toBe(503);
    expect(JSON.parse(health.body)).toEqual({ status: "degraded", db: "down" });
    expect(hook.status).toBe(500);

    await openForwarder();
    let healthy = 0;
    for (let i = 0; i < 20 && healthy !== 200; i++) {
      healthy = (await get("/api/health")).status;
      if (healthy !== 200) await new Promise((resolve) => setTimeout(resolve, 500));
    }
    expect(healthy).toBe(200);
    expect((await get("/skills/python")).status).toBe(200);
    const again = await fetch(`${base}/api/stripe/webhook`, { method: "POST", headers: { "stripe-signature": event.signature }, body: event.payload });
    expect(again.status).toBe(200);
  });
});
