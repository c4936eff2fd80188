// Process plumbing for the scale test and the scale/soak benches: app instances,
// haproxy, Redis and a hot-standby replica, all on this machine's loopback only.
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { mkdirSync, openSync, writeFileSync } from "node:fs";
import { connect } from "node:net";
import path from "node:path";

export type Proc = { name: string; child: ChildProcess; log: string };

export function sh(command: string, args: string[], options: { allowFail?: boolean; asUser?: string } = {}, env: Record<string, string> = {}): string {
  const [cmd, argv] = options.asUser ? ["runuser", ["-u", options.asUser, "--", command, ...args]] : [command, args];
  const result = spawnSync(cmd, argv, { encoding: "utf8", env: { ...process.env, ...env } });
  if (result.status !== 0 && !options.allowFail) throw new Error(`${command} ${args.join(" ")} failed:\n${result.stderr || result.stdout}`);
  return (result.stdout ?? "") + (result.stderr ?? "");
}

/** Starts a process in its own group (so stopping it stops its children), logging to a file. */
export function startProcess(name: string, command: string, args: string[], env: Record<string, string>, logDir: string): Proc {
  mkdirSync(logDir, { recursive: true });
  const log = path.join(logDir, `${name}.log`);
  const fd = openSync(log, "a");
  const child = spawn(command, args, { env: { ...process.env, ...env }, stdio: ["ignore", fd, fd], detached: true });
  return { name, child, log };
}

export function stopProcess(proc: Proc, signal: NodeJS.Signals = "SIGTERM"): Promise<void> {
  return new Promise((resolve) => {
    if (proc.child.exitCode !== null || proc.child.signalCode !== null) return resolve();
    proc.child.once("exit", () => resolve());
    try {
      process.kill(-proc.child.pid!, signal); // the whole group: npx → node
    } catch {
      resolve();
    }
    setTimeout(() => {
      try {
        process.kill(-proc.child.pid!, "SIGKILL");
      } catch {
        // already gone
      }
      resolve();
    }, 15_000).unref();
  });
}

export async function waitFor(what: string, probe: () => Promise<boolean>, timeoutMs = 60_000, everyMs = 250): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (await probe().catch(() => false)) return;
    await new Promise((r) => setTimeout(r, everyMs));
  }
  throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
}

export const healthy = (url: string) => async () => (await fetch(`${url}/api/health`)).ok;

export function portOpen(port: number, host = "127.0.0.1"): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect({ port, host }, () => {
      socket.end();
      resolve(true);
    });
    socket.on("error", () => resolve(false));
  });
}

/** Redis at 127.0.0.1:6379 as CI machines have it; started the documented way if absent. */
export async function ensureRedis(): Promise<void> {
  if (await portOpen(6379)) return;
  console.info("[scale] starting redis-server on 127.0.0.1:6379");
  sh("redis-server", ["--daemonize", "yes", "--bind", "127.0.0.1", "--port", "6379", "--save", "", "--appendonly", "no"]);
  await waitFor("redis", () => portOpen(6379), 10_000);
}

export function writeHaproxyConfig(file: string, input: { port: number; servers: { name: string; port: number }[] }): void {
  writeFileSync(
    file,
    [
      "global",
      "  maxconn 512",
      "defaults",
      "  mode http",
      "  timeout connect 2s",
      "  timeout client 60s",
      "  timeout server 60s",
      // A connection refused by a dead instance is retried on the other one.
      "  retries 3",
      "  option redispatch",
      "  option forwardfor",
      "  retry-on conn-failure",
      "frontend web",
      `  bind 127.0.0.1:${input.port}`,
      "  default_backend app",
      "backend app",
      "  balance roundrobin",
      "  option httpchk GET /api/health",
      "  http-check expect status 200",
      "  default-server inter 500ms fall 2 rise 2",
      // Which instance answered, so the test can tell A's answers from B's.
      "  http-response set-header X-Served-By %s",
      ...input.servers.map((s) => `  server ${s.name} 127.0.0.1:${s.port} check`),
      "",
    ].join("\n"),
  );
}
