// The real stripe SDK pointed at a local stand-in of the Stripe API
// (lib/payments/fake-stripe), with its events delivered to our webhook handler
// signed by stripe.webhooks.generateTestHeaderString.
import { randomBytes } from "node:crypto";
import type Stripe from "stripe";
import type { Db } from "@/db";
import { FakeStripe } from "@/lib/payments/fake-stripe/fake-stripe";
import { startFakeStripeServer } from "@/lib/payments/fake-stripe/fake-stripe-server";
import { handleStripeWebhook, type WebhookResponse } from "@/lib/payments/handle-stripe-webhook";
import { createStripeClient } from "@/lib/payments/stripe-client";

export type StandIn = {
  fake: FakeStripe;
  stripe: Stripe;
  secret: string;
  responses: WebhookResponse[];
  /** Sends a payload to the webhook handler as Stripe would (signed unless a signature is given). */
  post: (payload: string, signature?: string | null) => Promise<WebhookResponse>;
  event: (type: string, object: Record<string, unknown>) => string;
  close: () => Promise<void>;
};

export async function startStripeStandIn(db: Db, options: { autoDeliver?: boolean } = {}): Promise<StandIn> {
  const secret = `whsec_${randomBytes(16).toString("hex")}`;
  const responses: WebhookResponse[] = [];
  let stripe: Stripe | null = null;
  const post = async (payload: string, signature?: string | null) => {
    const sig = signature === undefined ? fake.signPayload(payload) : signature;
    const response = await handleStripeWebhook({ db, stripe, webhookSecrets: [secret] }, payload, sig);
    responses.push(response);
    return response;
  };
  const fake: FakeStripe = new FakeStripe({
    webhookSecret: secret,
    checkoutPageUrl: "http://localhost:3999/test-checkout",
    onboardingPageUrl: "http://localhost:3999/test-checkout/onboarding",
    deliver: async (payload, signature) => {
      if (options.autoDeliver === false) return;
      const response = await post(payload, signature);
      if (response.status >= 300) throw new Error(`webhook answered ${response.status}`);
    },
  });
  const server = await startFakeStripeServer(fake);
  stripe = createStripeClient("sk_test_standin", { host: "127.0.0.1", port: server.port, protocol: "http" });
  return {
    fake,
    stripe,
    secret,
    responses,
    post,
    event: (type, object) => JSON.stringify(fake.buildEvent(type, object)),
    close: server.close,
  };
}
