// A PostgreSQL cluster of the soak's own (initdb, port 5434), so restarting "the database"
// mid-run disturbs nobody else's server. Runs as the `postgres` OS user.
import { chmodSync, chownSync, mkdtempSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { pgBin } from "./replica";
import { portOpen, sh, waitFor } from "./processes";

export type Cluster = { url: string; restart: () => Promise<number>; stop: () => Promise<void> };

export async function startCluster(port: number): Promise<Cluster> {
  if (await portOpen(port)) throw new Error(`port ${port} is taken`);
  const dir = mkdtempSync(path.join(tmpdir(), "microcred-soak-pg-"));
  const { uid, gid } = statSync("/var/lib/postgresql");
  chownSync(dir, uid, gid);
  chmodSync(dir, 0o700);
  const data = path.join(dir, "data");
  sh(pgBin("initdb"), ["-D", data, "-U", "postgres", "--auth=trust", "-E", "UTF8", "--locale=C"], { asUser: "postgres" });
  const options = `-p ${port} -c listen_addresses=127.0.0.1 -k ${dir} -c max_connections=100 -c fsync=off`;
  const ctl = (...args: string[]) => sh(pgBin("pg_ctl"), ["-D", data, "-l", path.join(dir, "server.log"), "-o", options, ...args], { asUser: "postgres" });
  ctl("-w", "start");
  await waitFor("the soak cluster", () => portOpen(port), 30_000);
  return {
    url: `postgres://postgres@127.0.0.1:${port}/postgres`,
    // A fast restart: every connection is cut, like a failover or a crash-restart.
    async restart() {
      const t0 = Date.now();
      ctl("-m", "fast", "-w", "restart");
      return Date.now() - t0;
    },
    async stop() {
      sh(pgBin("pg_ctl"), ["-D", data, "-m", "fast", "-w", "stop"], { asUser: "postgres", allowFail: true });
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
