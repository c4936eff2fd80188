// Two production servers (`npm start`: server.mjs) of one build on one database, Redis, haproxy round robin in
// front, and (for the test) a hot-standby replica the instances read the catalog from.
import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, rmSync } from "node:fs";
import path from "node:path";
import postgres from "postgres";
import { openDb, type DbHandle } from "@/db/client";
import { ensureRedis, healthy, portOpen, sh, startProcess, stopProcess, waitFor, writeHaproxyConfig, type Proc } from "./processes";
import { startReplica, type Replica } from "./replica";

export type Instance = { name: "a" | "b"; port: number; url: string; proc: Proc; env: Record<string, string> };
export type ScaleEnvironment = {
  runId: string;
  dbName: string;
  dbUrl: string;
  db: DbHandle;
  balancer: string;
  instances: Instance[];
  outbox: string;
  webhookSecret: string;
  redisPrefix: string;
  replica: Replica | null;
  logDir: string;
  restart: (instance: Instance) => Promise<void>;
  stop: () => Promise<void>;
};

const LOCAL = /^postgres(ql)?:\/\/[^@]*@(127\.0\.0\.1|localhost)(:\d+)?\//;

export async function startScaleEnvironment(options: { replica: boolean; basePort?: number; serverUrl?: string; extraEnv?: Record<string, string> }): Promise<ScaleEnvironment> {
  const server = options.serverUrl ?? process.env.DATABASE_URL ?? "postgres://postgres@127.0.0.1:5432/postgres";
  if (!LOCAL.test(server)) throw new Error("The scale test only runs against a local PostgreSQL (127.0.0.1 or localhost).");
  if (!existsSync(".next/BUILD_ID")) {
    console.info("[scale] no build found: next build");
    sh("npx", ["next", "build"]);
  }
  const basePort = options.basePort ?? 3230;
  for (const port of [basePort, basePort + 1, basePort + 2]) {
    if (await portOpen(port)) throw new Error(`port ${port} is already in use; the scale test needs ${basePort}-${basePort + 2}`);
  }
  const runId = `${Date.now().toString(36)}${randomBytes(2).toString("hex")}`;
  const dbName = `microcred_scale_${runId}`;
  const admin = postgres(server, { max: 1, onnotice: () => {} });
  await admin.unsafe(`create database ${dbName}`);
  await admin.end();
  const dbUrl = new URL(server);
  dbUrl.pathname = `/${dbName}`;
  const logDir = path.resolve(".data", `scale-${runId}`);
  const outbox = path.join(logDir, "outbox");
  mkdirSync(outbox, { recursive: true });

  // Whatever started before a failure is stopped again, so a broken run leaves nothing behind.
  const undo: (() => Promise<void>)[] = [
    async () => {
      const cleanup = postgres(server, { max: 1, onnotice: () => {} });
      await cleanup.unsafe(`drop database if exists ${dbName} with (force)`);
      await cleanup.end();
    },
  ];
  try {
    return await startRest();
  } catch (error) {
    for (const step of undo.reverse()) await step().catch(() => {});
    throw error;
  }

  async function startRest(): Promise<ScaleEnvironment> {
    console.info(`[scale] database ${dbName}: migrate and seed the demo marketplace`);
    sh("npx", ["tsx", "scripts/db-seed.ts"], {}, { DATABASE_URL: dbUrl.toString() });
    await ensureRedis();
    const replica = options.replica ? await startReplica({ primaryUrl: server, port: 5433 }) : null;
    if (replica) undo.push(replica.stop);

    const webhookSecret = `whsec_scale_${randomBytes(12).toString("hex")}`;
    const redisPrefix = `microcred-scale-${runId}`;
    const balancer = `http://localhost:${basePort}`;
    const common: Record<string, string> = {
      NODE_ENV: "production",
      NEXT_TELEMETRY_DISABLED: "1",
      DATABASE_URL: dbUrl.toString(),
      DATABASE_POOL_MAX: "8",
      ...(replica ? { DATABASE_REPLICA_URLS: replica.url(dbName) } : {}),
      REDIS_URL: "redis://127.0.0.1:6379",
      REDIS_KEY_PREFIX: redisPrefix,
      APP_URL: balancer,
      AUTH_SECRET: "scale-test-secret-only-on-localhost-000000",
      STRIPE_SECRET_KEY: "sk_test_scale_never_called",
      STRIPE_WEBHOOK_SECRET: webhookSecret,
      MAIL_OUTBOX_DIR: outbox,
      WORKERS: "inline",
      // haproxy appends the client to X-Forwarded-For (option forwardfor): one trusted hop.
      TRUSTED_PROXY_HOPS: "1",
      ...options.extraEnv,
    };
    const startInstance = (name: "a" | "b", port: number): Instance => ({
      name,
      port,
      url: `http://127.0.0.1:${port}`,
      env: common,
      proc: startProcess(`instance-${name}`, "node", ["server.mjs", "-p", String(port), "--keepAliveTimeout", "70000"], common, logDir),
    });
    const instances = [startInstance("a", basePort + 1), startInstance("b", basePort + 2)];
    undo.push(async () => void (await Promise.all(instances.map((i) => stopProcess(i.proc)))));
    for (const i of instances) await waitFor(`instance ${i.name}`, healthy(i.url), 90_000);

    const cfg = path.join(logDir, "haproxy.cfg");
    writeHaproxyConfig(cfg, { port: basePort, servers: instances.map((i) => ({ name: i.name, port: i.port })) });
    const haproxy = startProcess("haproxy", "haproxy", ["-db", "-f", cfg], {}, logDir);
    undo.push(() => stopProcess(haproxy));
    await waitFor("haproxy", healthy(balancer), 30_000);

    const db = await openDb({ url: dbUrl.toString(), poolMax: 4 });
    return {
      runId,
      dbName,
      dbUrl: dbUrl.toString(),
      db,
      balancer,
      instances,
      outbox,
      webhookSecret,
      redisPrefix,
      replica,
      logDir,
      async restart(instance) {
        await stopProcess(instance.proc, "SIGKILL");
        instance.proc = startProcess(`instance-${instance.name}`, "node", ["server.mjs", "-p", String(instance.port), "--keepAliveTimeout", "70000"], instance.env, logDir);
        await waitFor(`instance ${instance.name} again`, healthy(instance.url), 90_000);
      },
      async stop() {
        await Promise.all([...instances.map((i) => stopProcess(i.proc)), stopProcess(haproxy)]);
        await db.close();
        await replica?.stop();
        const cleanup = postgres(server, { max: 1, onnotice: () => {} });
        await cleanup.unsafe(`drop database if exists ${dbName} with (force)`);
        await cleanup.end();
        sh("sh", ["-c", `redis-cli --scan --pattern '${redisPrefix}:*' | xargs -r redis-cli del > /dev/null`], { allowFail: true });
        if (!process.env.KEEP_SCALE_LOGS) rmSync(logDir, { recursive: true, force: true });
      },
    };
  }
}
