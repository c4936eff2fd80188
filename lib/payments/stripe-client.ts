import Stripe from "stripe";

// The one place a Stripe SDK client is built. Production talks to api.stripe.com;
// tests and local test mode point the same SDK at a stand-in (lib/payments/fake-stripe).
export type StripeEndpoint = { host: string; port: number; protocol: "http" | "https" };

export function createStripeClient(secretKey: string, endpoint?: StripeEndpoint): Stripe {
  return new Stripe(secretKey, {
    maxNetworkRetries: 2,
    timeout: 20_000,
    appInfo: { name: "Microcred", url: "https://github.com/microcred/microcred" },
    ...(endpoint ?? {}),
  });
}
