// Issue 15 §2: sign-in limits that a client cannot dodge by rotating a header, that a
// stranger cannot use to lock an owner out, and that still cap guesses per account.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { consumeAuthLimits } from "@/lib/auth/auth-limits";
import { clientAddress, rateLimitKeyOf } from "@/lib/auth/client-ip";
import { consumeSlowDown } from "@/lib/auth/slow-down";
import { verifyCredentials } from "@/lib/auth/verify-credentials";
import { createTestDb, type TestDb } from "../support/test-db";
import { makeUser } from "../support/users";

let t: TestDb;
beforeAll(async () => {
  t = await createTestDb();
});
afterAll(async () => t?.close());

describe("clientAddress (X-Forwarded-For read from the right)", () => {
  it("with no trusted proxy takes the socket address the server appended, never a client-sent entry", () => {
    // server.mjs appends the socket address to whatever the client sent.
    expect(clientAddress("6.6.6.6, 203.0.113.9", 0)).toBe("203.0.113.9");
    expect(clientAddress("1.1.1.1, 2.2.2.2, 203.0.113.9", 0)).toBe("203.0.113.9");
    expect(clientAddress("203.0.113.9", 0)).toBe("203.0.113.9");
  });

  it("skips exactly the entries our own proxies appended", () => {
    // client-sent, then nginx appended the client, then server.mjs appended nginx.
    expect(clientAddress("6.6.6.6, 198.51.100.7, 10.0.0.2", 1)).toBe("198.51.100.7");
    // Cloudflare → nginx → app.
    expect(clientAddress("6.6.6.6, 198.51.100.7, 172.64.0.1, 10.0.0.2", 2)).toBe("198.51.100.7");
    expect(clientAddress("10.0.0.2", 3)).toBe("10.0.0.2");
    expect(clientAddress(null, 0)).toBe("unknown");
  });

  it("keys IPv4-mapped IPv6 as IPv4 and IPv6 by its /64", () => {
    expect(rateLimitKeyOf("::ffff:127.0.0.1")).toBe("127.0.0.1");
    expect(rateLimitKeyOf("2001:db8:1:2:aaaa::1")).toBe("2001:db8:1:2::/64");
    expect(rateLimitKeyOf("2001:db8:1:2:ffff::9")).toBe("2001:db8:1:2::/64");
    expect(rateLimitKeyOf("[2001:db8::1]:443")).toBe("2001:db8:0:0::/64");
    expect(rateLimitKeyOf("not-an-ip")).toBe("invalid:not-an-ip");
  });
});

describe("consumeSlowDown", () => {
  const rule = { freeAttempts: 3, windowSeconds: 3600, maxDelaySeconds: 60 };
  it("gives the free attempts, then one per doubling delay, never a lock", async () => {
    const start = new Date("2026-03-01T10:00:00Z");
    const at = (s: number) => new Date(start.getTime() + s * 1000);
    const results = [];
    for (let i = 0; i < 5; i++) results.push(await consumeSlowDown(t.db, "sd1", rule, at(0)));
    expect(results.map((r) => r.allowed)).toEqual([true, true, true, false, false]);
    expect(results[3]!.retryAfterSeconds).toBe(1);
    expect((await consumeSlowDown(t.db, "sd1", rule, at(1))).allowed).toBe(true); // after 1 s
    expect((await consumeSlowDown(t.db, "sd1", rule, at(2))).allowed).toBe(false); // now 2 s
    expect((await consumeSlowDown(t.db, "sd1", rule, at(3))).allowed).toBe(true);
    // However long the attack, the delay stops growing at maxDelaySeconds.
    let now = 3;
    for (let i = 0; i < 10; i++) {
      now += 60;
      expect((await consumeSlowDown(t.db, "sd1", rule, at(now))).allowed).toBe(true);
    }
  });

  it("lets exactly the free attempts through a parallel burst", async () => {
    const now = new Date();
    const results = await Promise.all(Array.from({ length: 20 }, () => consumeSlowDown(t.db, "sd2", rule, now)));
    expect(results.filter((r) => r.allowed)).toHaveLength(3);
  });
});

describe("sign-in limits (verifyCredentials)", () => {
  it("a stranger's failures never stop the owner signing in from an address they used before", async () => {
    const owner = await makeUser(t.db, { email: "owner-home@example.test", password: "right-password-1" });
    expect(await verifyCredentials(t.db, { email: owner.email, password: "right-password-1", ip: "198.51.100.10" })).toMatchObject({ ok: true });
    // 40 wrong guesses from one stranger, 40 more spread over 40 addresses.
    for (let i = 0; i < 40; i++) await verifyCredentials(t.db, { email: owner.email, password: "guess", ip: "203.0.113.66" });
    for (let i = 0; i < 40; i++) await verifyCredentials(t.db, { email: owner.email, password: "guess", ip: `203.0.114.${i}` });
    expect(await verifyCredentials(t.db, { email: owner.email, password: "right-password-1", ip: "198.51.100.10" })).toMatchObject({ ok: true });
  });

  it("one address's failures refuse only that address", async () => {
    const victim = await makeUser(t.db, { email: "victim@example.test", password: "right-password-1" });
    const results = [];
    for (let i = 0; i < 12; i++) results.push(await verifyCredentials(t.db, { email: victim.email, password: "guess", ip: "203.0.113.77" }));
    expect(results.slice(8).every((r) => !r.ok && r.reason === "rate_limited")).toBe(true);
    // The owner, signing in from a new place: the account is slowed (8 failures) but not
    // locked: after a one-second wait the right password works.
    expect(await verifyCredentials(t.db, { email: victim.email, password: "right-password-1", ip: "198.51.100.20" })).toMatchObject({ ok: false });
    await new Promise((resolve) => setTimeout(resolve, 1100));
    expect(await verifyCredentials(t.db, { email: victim.email, password: "right-password-1", ip: "198.51.100.20" })).toMatchObject({ ok: true });
  });

  it("caps guesses against one account from rotating addresses below 100 an hour", async () => {
    const target = await makeUser(t.db, { email: "rotating@example.test", password: "right-password-1" });
    const start = new Date("2026-03-01T12:00:00Z");
    let allowed = 0;
    // One guess every 10 seconds for an hour, each from a fresh address (a botnet, or a
    // client rotating X-Forwarded-For, which server.mjs no longer lets it do).
    for (let s = 0; s < 3600; s += 10) {
      const r = await consumeAuthLimits(t.db, { kind: "signin", address: `10.${(s >> 8) & 255}.${s & 255}.1`, email: target.email, now: new Date(start.getTime() + s * 1000) });
      if (r.allowed) allowed++;
    }
    expect(allowed).toBeGreaterThan(8);
    expect(allowed).toBeLessThan(100);
  }, 90_000);

  it("one address cannot spray many accounts past its own limit", async () => {
    const now = new Date("2026-03-02T00:00:00Z");
    const results = [];
    for (let i = 0; i < 25; i++) results.push(await consumeAuthLimits(t.db, { kind: "signin", address: "203.0.113.99", email: `spray-${i}@example.test`, now }));
    expect(results.filter((r) => r.allowed)).toHaveLength(20);
    expect(results[24]).toMatchObject({ allowed: false, refusedBy: "address" });
  });

  it("magic links and resets: the owner's known address is not held up by a stranger's requests", async () => {
    const email = "links@example.test";
    await makeUser(t.db, { email, password: "right-password-1" });
    await verifyCredentials(t.db, { email, password: "right-password-1", ip: "198.51.100.30" });
    for (let i = 0; i < 30; i++) await consumeAuthLimits(t.db, { kind: "emaillink", address: `203.0.115.${i}`, email });
    expect((await consumeAuthLimits(t.db, { kind: "emaillink", address: `203.0.115.200`, email })).allowed).toBe(false);
    expect((await consumeAuthLimits(t.db, { kind: "emaillink", address: "198.51.100.30", email })).allowed).toBe(true);
  });
});
