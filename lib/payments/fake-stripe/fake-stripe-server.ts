import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import qs from "qs";
import type { FakeStripe } from "./fake-stripe";

export type FakeStripeServer = { port: number; close: () => Promise<void> };

// Serves a FakeStripe over HTTP on 127.0.0.1, so the real SDK (host/port/protocol
// options) makes real requests to it. Bodies are form-encoded with bracket keys, as
// the SDK sends them; qs decodes them the way Stripe does.
export async function startFakeStripeServer(fake: FakeStripe, port = 0): Promise<FakeStripeServer> {
  const server: Server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (chunk: Buffer) => chunks.push(chunk));
    req.on("end", () => {
      const url = new URL(req.url ?? "/", "http://127.0.0.1");
      const body = Buffer.concat(chunks).toString("utf8");
      const params = { ...qs.parse(url.search.slice(1)), ...qs.parse(body) } as Record<string, unknown>;
      const key = req.headers["idempotency-key"];
      fake
        .handle(req.method ?? "GET", url.pathname, params, typeof key === "string" ? key : null)
        .then(({ status, body: json }) => {
          res.writeHead(status, { "content-type": "application/json", "request-id": `req_${Date.now()}` });
          res.end(JSON.stringify(json));
        })
        .catch((error: unknown) => {
          res.writeHead(500, { "content-type": "application/json" });
          res.end(JSON.stringify({ error: { type: "api_error", message: String(error) } }));
        });
    });
  });
  await new Promise<void>((resolve) => server.listen(port, "127.0.0.1", resolve));
  return {
    port: (server.address() as AddressInfo).port,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
