// Starts the production server (server.mjs, the real entry of `npm start`) on a fresh
// database for the attack suite, and stops it afterwards. The database is always a new
// one on the local PostgreSQL (DATABASE_URL's server, else 127.0.0.1:5432), because the
// suite checks "nothing was written" from outside while the server runs — which PGlite,
// one process and one connection, cannot allow. The unit tests cover both drivers.
import { spawn, type ChildProcess } from "node:child_process";
import { existsSync, rmSync } from "node:fs";
import { randomBytes } from "node:crypto";
import postgres from "postgres";
import type { TestProject } from "vitest/node";

declare module "vitest" {
  export interface ProvidedContext {
    baseUrl: string;
    databaseUrl: string;
  }
}

const PORT = Number(process.env.SECURITY_PORT ?? 3221);
const serverUrl = process.env.DATABASE_URL ?? "postgres://postgres@127.0.0.1:5432/postgres";

function localOnly(url: string): URL {
  const parsed = new URL(url);
  if (!["localhost", "127.0.0.1", "::1", "[::1]"].includes(parsed.hostname)) throw new Error(`Refusing to attack a non-local database (${parsed.hostname})`);
  return parsed;
}

async function waitForHealth(url: string, child: ChildProcess): Promise<void> {
  for (let i = 0; i < 240; i++) {
    if (child.exitCode !== null) throw new Error(`server.mjs exited with ${child.exitCode}`);
    try {
      if ((await fetch(`${url}/api/health`)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  throw new Error("server.mjs did not become healthy in 120 s");
}

export default async function setup(project: TestProject) {
  if (!existsSync(".next/BUILD_ID")) throw new Error("The attack suite runs against a production build: run `npm run build` first.");
  const name = `microcred_attack_${randomBytes(5).toString("hex")}`;
  const admin = postgres(localOnly(serverUrl).toString(), { max: 1, onnotice: () => {} });
  await admin.unsafe(`create database ${name}`);
  await admin.end();
  const url = localOnly(serverUrl);
  url.pathname = `/${name}`;
  const databaseUrl = url.toString();
  const baseUrl = `http://localhost:${PORT}`;
  const outbox = ".data/attack-outbox";
  rmSync(outbox, { recursive: true, force: true });
  const env = {
    ...process.env,
    NODE_ENV: "production" as const,
    DATABASE_URL: databaseUrl,
    APP_URL: baseUrl,
    AUTH_SECRET: "attack-suite-only-secret-not-for-production-0000",
    PAYMENTS_TEST_MODE: "local",
    MAIL_OUTBOX_DIR: outbox,
    AUTH_RATE_LIMIT_SCALE: "1", // the real limits: that is what is being attacked
    TRUSTED_PROXY_HOPS: "0",
    PUBLIC_API_RATE_LIMIT: "40",
  };
  const seed = spawn("npx", ["tsx", "scripts/db-seed.ts"], { env: { ...env, NODE_ENV: "development" }, stdio: "inherit" });
  await new Promise<void>((resolve, reject) => seed.on("exit", (code) => (code === 0 ? resolve() : reject(new Error(`seed exited with ${code}`)))));

  const server = spawn("node", ["server.mjs", "-p", String(PORT)], { env, stdio: ["ignore", "inherit", "inherit"] });
  await waitForHealth(baseUrl, server);
  project.provide("baseUrl", baseUrl);
  project.provide("databaseUrl", databaseUrl);

  return async () => {
    server.kill("SIGTERM");
    await new Promise((resolve) => server.once("exit", resolve));
    const cleanup = postgres(localOnly(serverUrl).toString(), { max: 1, onnotice: () => {} });
    await cleanup.unsafe(`drop database if exists ${name} with (force)`);
    await cleanup.end();
  };
}
