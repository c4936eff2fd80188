import { randomBytes } from "node:crypto";
import type Stripe from "stripe";
import { env } from "@/lib/config/env";
import { FakeStripe } from "./fake-stripe/fake-stripe";
import { startFakeStripeServer } from "./fake-stripe/fake-stripe-server";
import { createStripeClient } from "./stripe-client";

export type Payments =
  | { mode: "stripe"; stripe: Stripe; webhookSecrets: string[] }
  | { mode: "test"; stripe: Stripe; webhookSecrets: string[]; fake: FakeStripe }
  | { mode: "disabled"; reason: string };

/**
 * Which payment backend runs. With STRIPE_SECRET_KEY: the real Stripe and nothing of
 * the test mode. Without keys: local test mode in development, or when
 * PAYMENTS_TEST_MODE=local on a localhost APP_URL (env validation refuses it
 * anywhere else), so a production deployment cannot fall into it by accident.
 */
export function paymentsMode(): "stripe" | "test" | "disabled" {
  const e = env();
  if (e.STRIPE_SECRET_KEY) return "stripe";
  if (e.PAYMENTS_TEST_MODE === "local") return "test";
  const localUrl = /^http:\/\/(localhost|127\.0\.0\.1)(:\d+)?$/.test(e.APP_URL);
  if (e.NODE_ENV === "development" && e.PAYMENTS_TEST_MODE !== "off" && localUrl) return "test";
  return "disabled";
}

const globalForPayments = globalThis as unknown as { microcredPayments?: Promise<Payments> };

export function getPayments(): Promise<Payments> {
  globalForPayments.microcredPayments ??= buildPayments();
  return globalForPayments.microcredPayments;
}

async function buildPayments(): Promise<Payments> {
  const e = env();
  const mode = paymentsMode();
  if (mode === "stripe") {
    const secrets = [e.STRIPE_WEBHOOK_SECRET, e.STRIPE_CONNECT_WEBHOOK_SECRET].filter((s): s is string => Boolean(s));
    return { mode, stripe: createStripeClient(e.STRIPE_SECRET_KEY!), webhookSecrets: secrets };
  }
  if (mode === "disabled") {
    return { mode, reason: "Payments are not configured: set STRIPE_SECRET_KEY and STRIPE_WEBHOOK_SECRET." };
  }
  // Test mode: a simulated Stripe in this process. Its events go through the real
  // webhook route of this server, signed with a secret made for this process.
  const webhookSecret = `whsec_local_${randomBytes(24).toString("hex")}`;
  const appUrl = e.APP_URL.replace(/\/$/, "");
  const fake = new FakeStripe({
    webhookSecret,
    checkoutPageUrl: `${appUrl}/test-checkout`,
    onboardingPageUrl: `${appUrl}/test-checkout/onboarding`,
    deliver: async (payload, signature) => {
      const response = await fetch(`${appUrl}/api/stripe/webhook`, {
        method: "POST",
        headers: { "content-type": "application/json", "stripe-signature": signature },
        body: payload,
      });
      if (!response.ok) throw new Error(`webhook answered ${response.status}`);
    },
  });
  const server = await startFakeStripeServer(fake);
  const stripe = createStripeClient("sk_test_local_simulated", { host: "127.0.0.1", port: server.port, protocol: "http" });
  return { mode, stripe, webhookSecrets: [webhookSecret], fake };
}
