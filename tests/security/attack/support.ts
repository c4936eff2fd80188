// What every attack needs: raw HTTP from a chosen loopback source address (so one
// machine can play several clients: Linux routes all of 127.0.0.0/8 to itself), a
// cookie jar, Auth.js sign-in over HTTP, and row counts to prove nothing was written.
import { request as httpRequest } from "node:http";
import { sql } from "drizzle-orm";
import { inject } from "vitest";
import { openDb, type DbHandle } from "@/db/client";
import { executeRows } from "@/db/sql-helpers";

export type Reply = { status: number; headers: Record<string, string | string[] | undefined>; body: string };

export class Client {
  private readonly cookies = new Map<string, string>();
  constructor(readonly from = "127.0.0.1") {}

  async send(method: string, path: string, options: { headers?: Record<string, string>; body?: string | Buffer } = {}): Promise<Reply> {
    const base = new URL(inject("baseUrl"));
    const cookie = [...this.cookies].map(([k, v]) => `${k}=${v}`).join("; ");
    return new Promise((resolve, reject) => {
      let answered = false;
      const req = httpRequest(
        {
          host: "127.0.0.1",
          port: base.port,
          path,
          method,
          localAddress: this.from,
          // Like a browser: a body always has its length (no chunked uploads).
          headers: {
            host: base.host,
            ...(cookie ? { cookie } : {}),
            ...(options.body !== undefined ? { "content-length": String(Buffer.byteLength(options.body)) } : {}),
            ...options.headers,
          },
        },
        (res) => {
          answered = true;
          const chunks: Buffer[] = [];
          res.on("data", (c: Buffer) => chunks.push(c));
          const done = () => {
            const setCookie = res.headers["set-cookie"] ?? [];
            for (const line of setCookie) {
              const [pair] = line.split(";");
              const eq = pair!.indexOf("=");
              const value = pair!.slice(eq + 1);
              if (value === "" || /max-age=0/i.test(line)) this.cookies.delete(pair!.slice(0, eq));
              else this.cookies.set(pair!.slice(0, eq), value);
            }
            resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks).toString("utf8") });
          };
          res.on("end", done);
          // A server that refuses a body early may close the connection instead of ending it.
          res.on("close", done);
        },
      );
      // Once a status arrived, a reset while we were still sending is the refusal, not an error.
      req.on("error", (error) => (answered ? undefined : reject(error)));
      if (options.body !== undefined) req.write(options.body);
      req.end();
    });
  }

  get = (path: string, headers: Record<string, string> = {}) => this.send("GET", path, { headers });

  hasSession(): boolean {
    return [...this.cookies.keys()].some((k) => k.endsWith("authjs.session-token"));
  }

  /** Auth.js' own endpoint, the one a script would use: returns the redirect's error code, or null on success. */
  async signIn(email: string, password: string, headers: Record<string, string> = {}): Promise<string | null> {
    const csrf = JSON.parse((await this.get("/api/auth/csrf", headers)).body) as { csrfToken: string };
    const form = new URLSearchParams({ email, password, csrfToken: csrf.csrfToken, callbackUrl: "/account" }).toString();
    const reply = await this.send("POST", "/api/auth/callback/password", {
      headers: { "content-type": "application/x-www-form-urlencoded", ...headers },
      body: form,
    });
    const location = String(reply.headers.location ?? "");
    if (reply.status !== 302) throw new Error(`sign-in answered ${reply.status}`);
    return new URL(location, inject("baseUrl")).searchParams.get("code") ?? (location.includes("error=") ? "error" : null);
  }
}

let handle: Promise<DbHandle> | undefined;
export function attackDb(): Promise<DbHandle> {
  handle ??= openDb({ url: inject("databaseUrl"), poolMax: 2 });
  return handle;
}

// Everything an attack could make the app write, except the counters that record the attack itself.
const WATCHED = [
  "users",
  "accounts",
  "verification_tokens",
  "password_reset_tokens",
  "orders",
  "enrollments",
  "refunds",
  "refund_requests",
  "stripe_events",
  "credentials",
  "audit_log",
  "reviews",
  "courses",
  "providers",
];

export async function rowCounts(): Promise<Record<string, number>> {
  const { db } = await attackDb();
  const counts: Record<string, number> = {};
  for (const table of WATCHED) {
    const [row] = await executeRows(db, sql.raw(`select count(*)::int as n from ${table}`));
    counts[table] = Number(row?.n ?? 0);
  }
  return counts;
}

/** Runs an attack and returns its replies, asserting afterwards (by the caller) that no watched table grew. */
export async function withoutWrites<T>(attack: () => Promise<T>): Promise<{ result: T; before: Record<string, number>; after: Record<string, number> }> {
  const before = await rowCounts();
  const result = await attack();
  return { result, before, after: await rowCounts() };
}
