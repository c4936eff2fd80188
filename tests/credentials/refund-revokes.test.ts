import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { auditLog, credentials, enrollments, orders } from "@/db/schema";
import { issueCredential } from "@/lib/credentials/issue-credential";
import { verifyCredentialDocument } from "@/lib/credentials/verify-credential";
import { applyDispute } from "@/lib/payments/apply-dispute";
import { applyRefundedTotal } from "@/lib/payments/apply-refund";
import { fulfillOrder } from "@/lib/payments/fulfill-order";
import { makeCourse, makeProvider } from "../support/fixtures";
import { makeUser } from "../support/users";
import { createTestDb, type TestDb } from "../support/test-db";

const appUrl = "http://localhost:3000";
let t: TestDb;
beforeAll(async () => {
  t = await createTestDb();
});
afterAll(async () => t?.close());

// A paid purchase, its enrollment, and the credential earned through it.
async function purchasedCredential() {
  const provider = await makeProvider(t.db);
  const course = await makeCourse(t.db, provider.id, { priceAmount: 4900 });
  const learner = await makeUser(t.db);
  const [order] = await t.db
    .insert(orders)
    .values({ userId: learner.id, courseId: course.id, providerId: provider.id, amount: 4900, currency: "USD", platformFeeBps: 2000, platformFeeAmount: 980 })
    .returning();
  await fulfillOrder(t.db, { orderId: order!.id, paymentStatus: "paid", paymentIntentId: `pi_${order!.id}`, amountTotal: 4900, currency: "usd" });
  const [enrollment] = await t.db.select().from(enrollments).where(eq(enrollments.orderId, order!.id));
  const issued = await issueCredential(t.db, { userId: learner.id, courseId: course.id, enrollmentId: enrollment!.id, appUrl });
  const credentialId = (issued as { credentialId: string }).credentialId;
  return { order: order!, credentialId };
}

const credentialRow = async (id: string) => (await t.db.select().from(credentials).where(eq(credentials.id, id)))[0]!;

describe("payments revoke credentials", () => {
  it("a full refund revokes the credential, re-signs the status list and audits it", async () => {
    const { order, credentialId } = await purchasedCredential();
    await applyRefundedTotal(t.db, { orderId: order.id, refundedAmount: 1000 });
    expect((await credentialRow(credentialId)).revokedAt).toBeNull();
    await applyRefundedTotal(t.db, { orderId: order.id, refundedAmount: 4900 });
    await applyRefundedTotal(t.db, { orderId: order.id, refundedAmount: 4900 }); // a redelivered event changes nothing
    const row = await credentialRow(credentialId);
    expect(row.revokedAt).not.toBeNull();
    expect(row.revocationReason).toBe("The purchase was refunded.");
    const result = await verifyCredentialDocument(t.db, JSON.parse(row.document), { appUrl });
    expect(result.outcome).toBe("revoked");
    const audits = await t.db.select().from(auditLog).where(eq(auditLog.targetId, credentialId));
    expect(audits.map((a) => a.action)).toEqual(["credential.revoke"]);
  });

  it("a lost chargeback revokes it; an open dispute does not", async () => {
    const { order, credentialId } = await purchasedCredential();
    await applyDispute(t.db, { orderId: order.id, status: "open" });
    expect((await credentialRow(credentialId)).revokedAt).toBeNull();
    await applyDispute(t.db, { orderId: order.id, status: "lost" });
    expect((await credentialRow(credentialId)).revocationReason).toBe("The payment was reversed by a chargeback.");
  });
});
