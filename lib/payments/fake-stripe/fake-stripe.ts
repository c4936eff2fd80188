import { randomBytes } from "node:crypto";
import Stripe from "stripe";

// A small stand-in for the parts of the Stripe API Microcred uses: Checkout
// Sessions, Payment Intents, Refunds, Connect accounts and account links. It is
// what the real `stripe` SDK talks to in tests and in local test mode (no keys),
// and it sends signed webhook events the way Stripe does, so the same webhook
// route and signature check run. It keeps state in memory: it simulates, it does
// not persist.

type Json = Record<string, unknown>;
type Params = Record<string, unknown>;

export type FakeStripeOptions = {
  webhookSecret: string;
  /** Where the learner's browser is sent to pay, e.g. http://localhost:3000/test-checkout. */
  checkoutPageUrl: string;
  /** Where Connect onboarding sends the provider, e.g. http://localhost:3000/test-checkout/onboarding. */
  onboardingPageUrl: string;
  /** Delivers one signed event; throw (or reject) to make the fake retry. */
  deliver: (payload: string, signature: string) => Promise<void>;
};

export type FakeResponse = { status: number; body: Json };

export type RecordedRequest = { method: string; path: string; params: Params; idempotencyKey: string | null };

type Session = Json & { id: string; status: string; payment_status: string; payment_intent: string | null };
type PaymentIntent = Json & { id: string; amount: number; currency: string; latest_charge: string; amount_refunded: number };

export class FakeStripeError extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly param?: string,
  ) {
    super(message);
  }
}

const now = () => Math.floor(Date.now() / 1000);
const newId = (prefix: string) => `${prefix}_test_${randomBytes(12).toString("hex")}`;

function int(value: unknown, param: string): number {
  const n = typeof value === "number" ? value : Number(value);
  if (!Number.isInteger(n)) throw new FakeStripeError(400, `Invalid integer: ${String(value)}`, param);
  return n;
}

function str(value: unknown, param: string): string {
  if (typeof value !== "string" || value === "") throw new FakeStripeError(400, `Missing required param: ${param}.`, param);
  return value;
}

function obj(value: unknown): Params {
  return value && typeof value === "object" ? (value as Params) : {};
}

export class FakeStripe {
  readonly sessions = new Map<string, Session>();
  readonly paymentIntents = new Map<string, PaymentIntent>();
  readonly refunds = new Map<string, Json>();
  readonly accounts = new Map<string, Json>();
  readonly requests: RecordedRequest[] = [];
  readonly deliveredEvents: Json[] = [];
  readonly failedDeliveries: { type: string; error: string }[] = [];
  private readonly idempotent = new Map<string, FakeResponse>();
  private queue: Promise<void> = Promise.resolve();
  private readonly signer = new Stripe("sk_test_fake_signer");

  constructor(readonly options: FakeStripeOptions) {}

  // ---- HTTP API (what the SDK calls) -------------------------------------------

  async handle(method: string, path: string, params: Params, idempotencyKey: string | null): Promise<FakeResponse> {
    this.requests.push({ method, path, params, idempotencyKey });
    const key = idempotencyKey ? `${method} ${path} ${idempotencyKey}` : null;
    const replay = key ? this.idempotent.get(key) : undefined;
    if (replay) return replay;
    let response: FakeResponse;
    try {
      response = { status: 200, body: await this.route(method, path, params) };
    } catch (error) {
      if (!(error instanceof FakeStripeError)) throw error;
      response = {
        status: error.status,
        body: { error: { type: "invalid_request_error", message: error.message, ...(error.param ? { param: error.param } : {}) } },
      };
    }
    if (key && response.status < 500) this.idempotent.set(key, response);
    return response;
  }

  private async route(method: string, path: string, params: Params): Promise<Json> {
    const parts = path.replace(/^\/v1\//, "").split("/").filter(Boolean);
    const [resource, id, action] = parts;
    if (resource === "checkout" && id === "sessions") {
      const sessionId = action;
      const sub = parts[3];
      if (method === "POST" && !sessionId) return this.createCheckoutSession(params);
      if (method === "GET" && !sessionId) return this.listCheckoutSessions(params);
      if (method === "GET" && sessionId && !sub) return this.getSession(sessionId);
      if (method === "POST" && sessionId && sub === "expire") return this.expireCheckoutSession(sessionId);
    }
    if (resource === "payment_intents" && method === "GET" && id) return this.getPaymentIntent(id);
    if (resource === "refunds" && method === "POST" && !id) return this.createRefund(params);
    if (resource === "accounts") {
      if (method === "POST" && !id) return this.createAccount(params);
      if (method === "GET" && id && !action) return this.getAccount(id);
      if (method === "POST" && id && action === "login_links") {
        this.getAccount(id);
        return { object: "login_link", created: now(), url: `${this.options.onboardingPageUrl}?account=${id}&dashboard=1` };
      }
    }
    if (resource === "account_links" && method === "POST") return this.createAccountLink(params);
    throw new FakeStripeError(404, `Unrecognized request URL (${method}: ${path}).`);
  }

  createCheckoutSession(params: Params): Session {
    if (params.mode !== "payment") throw new FakeStripeError(400, "Only mode=payment is simulated", "mode");
    const lineItems = Array.isArray(params.line_items) ? params.line_items : Object.values(obj(params.line_items));
    const first = obj(lineItems[0]);
    const priceData = obj(first.price_data);
    const amount = int(priceData.unit_amount, "line_items[0][price_data][unit_amount]") * int(first.quantity ?? 1, "quantity");
    const currency = str(priceData.currency, "line_items[0][price_data][currency]").toLowerCase();
    const intentData = obj(params.payment_intent_data);
    const fee = intentData.application_fee_amount === undefined ? null : int(intentData.application_fee_amount, "payment_intent_data[application_fee_amount]");
    if (fee !== null && fee > amount) throw new FakeStripeError(400, "application_fee_amount cannot exceed the amount", "payment_intent_data[application_fee_amount]");
    const destination = obj(intentData.transfer_data).destination;
    if (typeof destination === "string" && !this.accounts.has(destination) && !destination.startsWith("acct_")) {
      throw new FakeStripeError(400, `No such destination: '${destination}'`, "payment_intent_data[transfer_data][destination]");
    }
    const id = newId("cs");
    const expiresAt = params.expires_at ? int(params.expires_at, "expires_at") : now() + 24 * 3600;
    const session: Session = {
      id,
      object: "checkout.session",
      mode: "payment",
      status: "open",
      payment_status: "unpaid",
      payment_intent: null,
      client_reference_id: (params.client_reference_id as string) ?? null,
      customer_email: (params.customer_email as string) ?? null,
      metadata: obj(params.metadata),
      amount_total: amount,
      currency,
      expires_at: expiresAt,
      created: now(),
      livemode: false,
      success_url: str(params.success_url, "success_url").replace("{CHECKOUT_SESSION_ID}", id),
      cancel_url: (params.cancel_url as string) ?? null,
      url: `${this.options.checkoutPageUrl}/${id}`,
      line_items_description: String(obj(priceData.product_data).name ?? ""),
      payment_intent_data: intentData,
    };
    this.sessions.set(id, session);
    return session;
  }

  getSession(id: string): Session {
    const session = this.sessions.get(id);
    if (!session) throw new FakeStripeError(404, `No such checkout.session: '${id}'`, "id");
    return session;
  }

  private listCheckoutSessions(params: Params): Json {
    const intent = params.payment_intent;
    const data = [...this.sessions.values()].filter((s) => !intent || s.payment_intent === intent);
    return { object: "list", data: data.slice(0, params.limit ? int(params.limit, "limit") : 10), has_more: false, url: "/v1/checkout/sessions" };
  }

  private getPaymentIntent(id: string): PaymentIntent {
    const intent = this.paymentIntents.get(id);
    if (!intent) throw new FakeStripeError(404, `No such payment_intent: '${id}'`, "id");
    return intent;
  }

  async expireCheckoutSession(id: string): Promise<Session> {
    const session = this.getSession(id);
    if (session.status !== "open") throw new FakeStripeError(400, `Only open sessions can be expired (this one is ${session.status}).`);
    session.status = "expired";
    this.emit("checkout.session.expired", session);
    return session;
  }

  // ---- What the learner does on the test checkout page -----------------------------

  /**
   * paid: card payment succeeds. processing: a delayed method (e.g. bank debit) that
   * completes later with settleAsyncPayment. A card decline keeps the session open,
   * exactly like Stripe, so it emits nothing.
   */
  async completeCheckoutSession(id: string, outcome: "paid" | "processing"): Promise<Session> {
    const session = this.getSession(id);
    if (session.status !== "open") throw new FakeStripeError(400, `This checkout session is ${session.status}.`);
    const intent = this.createPaymentIntent(session, outcome === "paid" ? "succeeded" : "processing");
    session.status = "complete";
    session.payment_intent = intent.id;
    session.payment_status = outcome === "paid" ? "paid" : "unpaid";
    this.emit("checkout.session.completed", session);
    return session;
  }

  async settleAsyncPayment(id: string, succeeded: boolean): Promise<Session> {
    const session = this.getSession(id);
    const intent = session.payment_intent ? this.paymentIntents.get(session.payment_intent) : undefined;
    if (!intent || intent.status !== "processing") throw new FakeStripeError(400, "This session has no payment in progress.");
    intent.status = succeeded ? "succeeded" : "requires_payment_method";
    session.payment_status = succeeded ? "paid" : "unpaid";
    this.emit(succeeded ? "checkout.session.async_payment_succeeded" : "checkout.session.async_payment_failed", session);
    return session;
  }

  private createPaymentIntent(session: Session, status: string): PaymentIntent {
    const intentData = obj(session.payment_intent_data);
    const intent: PaymentIntent = {
      id: newId("pi"),
      object: "payment_intent",
      amount: session.amount_total as number,
      currency: session.currency as string,
      status,
      latest_charge: newId("ch"),
      amount_refunded: 0,
      application_fee_amount: intentData.application_fee_amount === undefined ? null : Number(intentData.application_fee_amount),
      transfer_data: intentData.transfer_data ?? null,
      metadata: obj(intentData.metadata),
      created: now(),
      livemode: false,
    };
    this.paymentIntents.set(intent.id, intent);
    return intent;
  }

  // ---- Refunds and disputes (our API calls, or "the Dashboard") --------------------

  async createRefund(params: Params): Promise<Json> {
    const intent = this.getPaymentIntent(str(params.payment_intent, "payment_intent"));
    if (intent.status !== "succeeded") throw new FakeStripeError(400, "This PaymentIntent has no successful charge to refund.", "payment_intent");
    const remaining = intent.amount - intent.amount_refunded;
    const amount = params.amount === undefined ? remaining : int(params.amount, "amount");
    if (amount <= 0 || amount > remaining) {
      throw new FakeStripeError(400, `Refund amount (${amount}) is greater than unrefunded amount on charge (${remaining})`, "amount");
    }
    intent.amount_refunded += amount;
    const refund: Json = {
      id: newId("re"),
      object: "refund",
      amount,
      currency: intent.currency,
      charge: intent.latest_charge,
      payment_intent: intent.id,
      status: "succeeded",
      reason: params.reason ?? null,
      metadata: obj(params.metadata),
      reverse_transfer: params.reverse_transfer === "true" || params.reverse_transfer === true,
      refund_application_fee: params.refund_application_fee === "true" || params.refund_application_fee === true,
      created: now(),
    };
    this.refunds.set(refund.id as string, refund);
    this.emit("refund.created", refund);
    this.emit("charge.refunded", this.chargeOf(intent));
    return refund;
  }

  /** A dispute opened by the card holder's bank. */
  async openDispute(paymentIntentId: string): Promise<Json> {
    const intent = this.getPaymentIntent(paymentIntentId);
    const dispute = this.disputeOf(intent, "needs_response");
    this.emit("charge.dispute.created", dispute);
    return dispute;
  }

  async closeDispute(paymentIntentId: string, outcome: "won" | "lost"): Promise<Json> {
    const intent = this.getPaymentIntent(paymentIntentId);
    const dispute = this.disputeOf(intent, outcome);
    this.emit("charge.dispute.closed", dispute);
    return dispute;
  }

  chargeOf(intent: PaymentIntent): Json {
    return {
      id: intent.latest_charge,
      object: "charge",
      amount: intent.amount,
      amount_refunded: intent.amount_refunded,
      refunded: intent.amount_refunded >= intent.amount,
      currency: intent.currency,
      payment_intent: intent.id,
      metadata: intent.metadata,
      paid: true,
      status: "succeeded",
    };
  }

  private disputeOf(intent: PaymentIntent, status: string): Json {
    return {
      id: `dp_test_${intent.id.slice(-16)}`,
      object: "dispute",
      amount: intent.amount,
      currency: intent.currency,
      charge: intent.latest_charge,
      payment_intent: intent.id,
      status,
      reason: "fraudulent",
      created: now(),
    };
  }

  // ---- Connect ----------------------------------------------------------------------

  private createAccount(params: Params): Json {
    const account: Json = {
      id: newId("acct").replace("acct_test_", "acct_"),
      object: "account",
      type: params.type ?? "express",
      email: params.email ?? null,
      country: params.country ?? "US",
      charges_enabled: false,
      payouts_enabled: false,
      details_submitted: false,
      metadata: obj(params.metadata),
      created: now(),
    };
    this.accounts.set(account.id as string, account);
    return account;
  }

  getAccount(id: string): Json {
    const account = this.accounts.get(id);
    if (!account) throw new FakeStripeError(404, `No such account: '${id}'`, "account");
    return account;
  }

  private createAccountLink(params: Params): Json {
    const account = str(params.account, "account");
    this.getAccount(account);
    const returnUrl = str(params.return_url, "return_url");
    const refreshUrl = str(params.refresh_url, "refresh_url");
    const url = new URL(this.options.onboardingPageUrl);
    url.searchParams.set("account", account);
    url.searchParams.set("return_url", returnUrl);
    url.searchParams.set("refresh_url", refreshUrl);
    return { object: "account_link", created: now(), expires_at: now() + 300, url: url.toString() };
  }

  /** The provider finishes Stripe-hosted onboarding. */
  async completeOnboarding(accountId: string): Promise<Json> {
    const account = this.getAccount(accountId);
    Object.assign(account, { charges_enabled: true, payouts_enabled: true, details_submitted: true });
    this.emit("account.updated", account, accountId);
    return account;
  }

  // ---- Events -------------------------------------------------------------------------

  buildEvent(type: string, object: Json, account?: string): Json {
    return {
      id: newId("evt"),
      object: "event",
      api_version: "2026-10-28.endive",
      created: now(),
      type,
      livemode: false,
      pending_webhooks: 1,
      request: { id: null, idempotency_key: null },
      ...(account ? { account } : {}),
      // A snapshot, like Stripe's: later changes to the object don't alter a sent event.
      data: { object: structuredClone(object) },
    };
  }

  signPayload(payload: string): string {
    return this.signer.webhooks.generateTestHeaderString({ payload, secret: this.options.webhookSecret });
  }

  /**
   * Sends an event the way Stripe does: signed, after the API call that caused it has
   * answered, and retried while the endpoint fails. `flush()` waits for the queue.
   */
  emit(type: string, object: Json, account?: string): Json {
    const event = this.buildEvent(type, object, account);
    this.deliveredEvents.push(event);
    const payload = JSON.stringify(event);
    this.queue = this.queue.then(() => this.deliverWithRetries(type, payload));
    return event;
  }

  /** Resolves when every event emitted so far has been delivered (or given up on). */
  async flush(): Promise<void> {
    let current: Promise<void>;
    do {
      current = this.queue;
      await current;
    } while (current !== this.queue);
  }

  private async deliverWithRetries(type: string, payload: string): Promise<void> {
    await new Promise((resolve) => setImmediate(resolve));
    for (let attempt = 0; attempt < 4; attempt++) {
      try {
        await this.options.deliver(payload, this.signPayload(payload));
        return;
      } catch (error) {
        this.failedDeliveries.push({ type, error: String(error) });
        await new Promise((resolve) => setTimeout(resolve, 100 * 2 ** attempt));
      }
    }
  }
}
