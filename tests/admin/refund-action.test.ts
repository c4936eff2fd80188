import { rmSync } from "node:fs";
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { auditLog } from "@/db/schema";
import type { SessionUser } from "@/lib/auth/load-session-user";
import { getCourseAccess } from "@/lib/enrollments/get-course-access";
import { checkoutAs, makePaidCourseSetup, orderById } from "../payments/payment-fixtures";
import { startStripeStandIn, type StandIn } from "../support/stripe-stand-in";
import { createTestDb, type TestDb } from "../support/test-db";
import { makeUser, sessionUser } from "../support/users";

// The admin refund form end to end below the browser: amounts typed in major units,
// the one refund path (refundOrder) against the Stripe stand-in, access and audit.
process.env.__NEXT_EXPERIMENTAL_AUTH_INTERRUPTS = "true";
const outbox = `.data/test-outbox-admin-refund-${process.pid}`;
process.env.MAIL_OUTBOX_DIR = outbox;

let t: TestDb;
let s: StandIn;
let admin: SessionUser;
vi.mock("@/lib/auth/current-user", () => ({ getCurrentUser: async () => admin }));
vi.mock("@/db", () => ({ getDb: async () => t.db }));
vi.mock("next/cache", () => ({ revalidatePath: () => {}, revalidateTag: () => {}, unstable_cache: (fn: unknown) => fn }));
vi.mock("@/lib/payments/payments-config", () => ({ getPayments: async () => ({ mode: "stripe", stripe: s.stripe, webhookSecrets: [s.secret] }) }));
const { refundOrderAction } = await import("@/app/admin/orders/actions");

beforeAll(async () => {
  t = await createTestDb();
  s = await startStripeStandIn(t.db);
  admin = await sessionUser(t.db, (await makeUser(t.db, { isAdmin: true })).id);
});
afterAll(async () => {
  await s?.close();
  await t?.close();
  rmSync(outbox, { recursive: true, force: true });
});

const idle = { status: "idle" } as const;
const form = (fields: Record<string, string>) => {
  const data = new FormData();
  for (const [k, v] of Object.entries(fields)) data.set(k, v);
  return data;
};

describe("the admin refund form", () => {
  it("refunds part in major units, refuses more than is left, then refunds the rest and ends access", async () => {
    const setup = await makePaidCourseSetup(t.db, { priceAmount: 4900 });
    const { order } = await checkoutAs(t.db, s.stripe, setup);
    await s.fake.completeCheckoutSession(order.stripeCheckoutSessionId!, "paid");
    await s.fake.flush();

    expect(await refundOrderAction(idle, form({ orderId: order.id, amount: "12.5", digits: "2", reason: "Module 3 was missing" }))).toMatchObject({ status: "success" });
    expect(await orderById(t.db, order.id)).toMatchObject({ refundedAmount: 1250, status: "partially_refunded" });
    expect((await getCourseAccess(t.db, { userId: setup.learner.id, courseId: setup.course.id })).hasAccess).toBe(true);

    expect(await refundOrderAction(idle, form({ orderId: order.id, amount: "40.00", digits: "2", reason: "Too much this time" }))).toEqual({
      status: "error",
      message: "The refund must be between 1 and 3650 (minor units).",
    });
    expect(await refundOrderAction(idle, form({ orderId: order.id, amount: "1,00", digits: "2", reason: "Bad number" }))).toMatchObject({ status: "error", fieldErrors: { amount: expect.any(String) } });
    expect(await refundOrderAction(idle, form({ orderId: order.id, amount: "", digits: "2", reason: "no" }))).toMatchObject({ status: "error", fieldErrors: { reason: expect.any(String) } });

    expect(await refundOrderAction(idle, form({ orderId: order.id, amount: "", digits: "2", reason: "The rest, as agreed" }))).toMatchObject({ status: "success" });
    await s.fake.flush();
    expect(await orderById(t.db, order.id)).toMatchObject({ refundedAmount: 4900, status: "refunded" });
    expect((await getCourseAccess(t.db, { userId: setup.learner.id, courseId: setup.course.id })).hasAccess).toBe(false);
    const audit = await t.db.select().from(auditLog).where(eq(auditLog.targetId, order.id));
    expect(audit.map((a) => [a.action, a.actorId, a.reason])).toEqual([
      ["order.refund", admin.id, "Module 3 was missing"],
      ["order.refund", admin.id, "The rest, as agreed"],
    ]);
  });
});
