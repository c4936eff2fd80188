// Header spoofing and lockout by a stranger, against the real server (server.mjs).
import { describe, expect, it } from "vitest";
import { makeAccount, PASSWORD } from "./fixtures";
import { Client, withoutWrites } from "./support";

describe("X-Forwarded-For spoofing", () => {
  it("rotating the header does not give one machine more than its address's 20 sign-in attempts", async () => {
    const attacker = new Client("127.0.0.2");
    const { result: codes, before, after } = await withoutWrites(async () => {
      const out: (string | null)[] = [];
      for (let i = 0; i < 25; i++) out.push(await attacker.signIn(`spray-${i}@attack.test`, "guess-123456", { "x-forwarded-for": `10.66.${i}.1` }));
      return out;
    });
    expect(codes.slice(0, 20).every((c) => c === "credentials")).toBe(true);
    expect(codes.slice(20)).toEqual(["rate_limited", "rate_limited", "rate_limited", "rate_limited", "rate_limited"]);
    expect(attacker.hasSession()).toBe(false);
    expect(after).toEqual(before);
  });

  it("the public API limit follows the socket too (40 a minute here), whatever the header says", async () => {
    const client = new Client("127.0.0.6");
    const statuses: number[] = [];
    for (let i = 0; i < 45; i++) statuses.push((await client.get("/api/v1/courses?limit=1", { "x-forwarded-for": `10.77.${i}.1` })).status);
    expect(statuses.slice(0, 40).every((s) => s === 200)).toBe(true);
    expect(statuses.slice(40).every((s) => s === 429)).toBe(true);
  });
});

describe("lockout by a stranger", () => {
  it("30 failures from one stranger and 40 from a botnet do not stop the owner signing in from home", async () => {
    const owner = await makeAccount("owner");
    const home = new Client("127.0.0.3");
    expect(await home.signIn(owner.email, PASSWORD)).toBeNull();

    const { before, after } = await withoutWrites(async () => {
      const stranger = new Client("127.0.0.4");
      for (let i = 0; i < 30; i++) await stranger.signIn(owner.email, "wrong-password-9");
      for (let i = 0; i < 40; i++) await new Client(`127.0.3.${i + 1}`).signIn(owner.email, "wrong-password-9");
    });
    expect(after).toEqual(before);

    const later = new Client("127.0.0.3");
    expect(await later.signIn(owner.email, PASSWORD)).toBeNull();
    expect(later.hasSession()).toBe(true);
  });

  it("the stranger's own address is what gets refused", async () => {
    const owner = await makeAccount("owner2");
    const stranger = new Client("127.0.0.5");
    const codes: (string | null)[] = [];
    for (let i = 0; i < 10; i++) codes.push(await stranger.signIn(owner.email, "wrong-password-9"));
    expect(codes.slice(8)).toEqual(["rate_limited", "rate_limited"]);
    // Even the right password, from that address, waits.
    expect(await stranger.signIn(owner.email, PASSWORD)).toBe("rate_limited");
  });
});
