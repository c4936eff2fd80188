// A real streaming replica for the scale test: a second PostgreSQL cluster on this
// machine, made from 127.0.0.1:5432 with pg_basebackup -R (hot standby), on its own port
// and data directory, started and stopped here. Runs as the `postgres` OS user.
import { existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync, chmodSync, chownSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import postgres from "postgres";
import { portOpen, sh, waitFor } from "./processes";

export type Replica = { port: number; url: (db: string) => string; stop: () => Promise<void> };

export function pgBin(tool: string): string {
  const versions = readdirSync("/usr/lib/postgresql").sort().reverse();
  for (const v of versions) {
    const bin = path.join("/usr/lib/postgresql", v, "bin", tool);
    if (existsSync(bin)) return bin;
  }
  throw new Error(`${tool} not found under /usr/lib/postgresql/*/bin`);
}

/**
 * pg_basebackup needs a `replication` line in the primary's pg_hba.conf. This machine's
 * trusts `all` databases from 127.0.0.1, which does not include replication; add the
 * matching local-only line once (and reload) when it is missing.
 */
async function allowLocalReplication(primaryUrl: string): Promise<void> {
  const sql = postgres(primaryUrl, { max: 1, onnotice: () => {} });
  try {
    const rules = await sql<{ database: string[]; address: string | null }[]>`select database, address from pg_hba_file_rules where type = 'host'`;
    if (rules.some((r) => r.database.includes("replication") && (r.address === "127.0.0.1" || r.address === "all"))) return;
    const [row] = await sql<{ hba_file: string }[]>`show hba_file`;
    const hbaFile = row!.hba_file;
    console.info(`[replica] adding "host replication all 127.0.0.1/32 trust" to ${hbaFile}`);
    sh("sh", ["-c", `printf '\\nhost replication all 127.0.0.1/32 trust\\n' >> '${hbaFile}'`]);
    await sql`select pg_reload_conf()`;
  } finally {
    await sql.end();
  }
}

export async function startReplica(input: { primaryUrl: string; port: number }): Promise<Replica> {
  if (await portOpen(input.port)) throw new Error(`port ${input.port} is taken; the replica needs its own`);
  await allowLocalReplication(input.primaryUrl);
  const dir = mkdtempSync(path.join(tmpdir(), "microcred-replica-"));
  const { uid, gid } = statSync("/var/lib/postgresql");
  chownSync(dir, uid, gid);
  chmodSync(dir, 0o700);
  const primary = new URL(input.primaryUrl);
  sh(pgBin("pg_basebackup"), ["-h", primary.hostname, "-p", primary.port || "5432", "-U", primary.username || "postgres", "-D", dir, "-R", "-X", "stream", "-c", "fast"], { asUser: "postgres" });
  // Debian keeps the server's configuration outside the data directory: give the copy its own.
  writeFileSync(path.join(dir, "postgresql.conf"), `port = ${input.port}\nlisten_addresses = '127.0.0.1'\nunix_socket_directories = '${dir}'\nhot_standby = on\nshared_buffers = 32MB\n`);
  writeFileSync(path.join(dir, "pg_hba.conf"), "local all all trust\nhost all all 127.0.0.1/32 trust\n");
  writeFileSync(path.join(dir, "pg_ident.conf"), "");
  for (const f of ["postgresql.conf", "pg_hba.conf", "pg_ident.conf"]) chownSync(path.join(dir, f), uid, gid);
  sh(pgBin("pg_ctl"), ["-D", dir, "-l", path.join(dir, "server.log"), "-w", "-t", "60", "start"], { asUser: "postgres" });
  const url = (db: string) => `postgres://postgres@127.0.0.1:${input.port}/${db}`;
  await waitFor("the replica to accept connections", () => portOpen(input.port), 30_000);
  return {
    port: input.port,
    url,
    stop: async () => {
      sh(pgBin("pg_ctl"), ["-D", dir, "-m", "fast", "-w", "stop"], { asUser: "postgres", allowFail: true });
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
