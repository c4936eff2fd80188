import ipaddr from "ipaddr.js";
import { env } from "@/lib/config/env";

/**
 * The address a request came from, for rate limits. X-Forwarded-For is read from the
 * right: its last entry was written by the hop nearest to us, and TRUSTED_PROXY_HOPS
 * says how many entries our own proxies appended. Entries further left were written by
 * the client and are never trusted.
 *
 * The last entry is the socket address: server.mjs (`npm start`) replaces any client-sent
 * X-Forwarded-For chain's tail by appending the socket address, exactly like a proxy does,
 * because `next start` keeps a client-sent header as it is (it only fills one in when
 * none was sent). See docs/SECURITY.md for Vercel, nginx and Cloudflare.
 */
export function clientAddress(forwardedFor: string | null, trustedHops: number): string {
  const chain = (forwardedFor ?? "")
    .split(",")
    .map((entry) => entry.trim())
    .filter(Boolean);
  // Fewer entries than hops: the request skipped a proxy; the leftmost is the best we have.
  const picked = chain[chain.length - 1 - trustedHops] ?? chain[0];
  return picked ? rateLimitKeyOf(picked) : "unknown";
}

/**
 * One key per client: IPv4-mapped IPv6 is the IPv4 address, and IPv6 is its /64, since
 * one subscriber is handed a whole /64 and could otherwise rotate through it.
 */
export function rateLimitKeyOf(address: string): string {
  const bare = address.replace(/^\[|\](:\d+)?$/g, "");
  if (!ipaddr.isValid(bare)) return `invalid:${bare.slice(0, 64)}`;
  const parsed = ipaddr.process(bare);
  if (parsed.kind() === "ipv4") return parsed.toString();
  const parts = (parsed as ipaddr.IPv6).parts.slice(0, 4);
  return `${parts.map((p) => p.toString(16)).join(":")}::/64`;
}

export function clientIp(headers: Headers): string {
  return clientAddress(headers.get("x-forwarded-for"), env().TRUSTED_PROXY_HOPS);
}
