import autocannon from "autocannon";

export type LoadResult = { name: string; path: string; rps: number; p50: number; p99: number; errors: number; non2xx: number };

/** Drives one URL with autocannon and returns requests/s and latency percentiles (ms). */
export async function load(baseUrl: string, name: string, path: string, opts: { connections: number; seconds: number }): Promise<LoadResult> {
  const result = await autocannon({ url: `${baseUrl}${path}`, connections: opts.connections, duration: opts.seconds, headers: { accept: "text/html,application/json" } });
  return {
    name,
    path,
    rps: result.requests.average,
    p50: result.latency.p50,
    p99: result.latency.p99,
    errors: result.errors + result.timeouts,
    non2xx: result.non2xx,
  };
}
