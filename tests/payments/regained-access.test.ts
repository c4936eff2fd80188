// Issue 15 §5: regaining access to a completed course gives the credential back (reinstated:
// the Bitstring status bit cleared, re-signed, audited), and only when payments took it.
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { auditLog, courses, credentials, enrollments, orders } from "@/db/schema";
import { findReinstatedCredential } from "@/lib/credentials/reinstate-on-regained-access";
import { issueCredential } from "@/lib/credentials/issue-credential";
import { revokeCredential } from "@/lib/credentials/revoke-credential";
import { verifyCredentialDocument } from "@/lib/credentials/verify-credential";
import { enrollFree } from "@/lib/enrollments/enroll-free";
import { applyRefundedTotal } from "@/lib/payments/apply-refund";
import { fulfillOrder } from "@/lib/payments/fulfill-order";
import { makeCourse, makeProvider } from "../support/fixtures";
import { createTestDb, type TestDb } from "../support/test-db";
import { makeUser } from "../support/users";

const appUrl = "http://localhost:3000";
let t: TestDb;
beforeAll(async () => {
  t = await createTestDb();
});
afterAll(async () => t?.close());

async function paidOrder(learnerId: string, course: { id: string; providerId: string }) {
  const [order] = await t.db
    .insert(orders)
    .values({ userId: learnerId, courseId: course.id, providerId: course.providerId, amount: 4900, currency: "USD", platformFeeBps: 2000, platformFeeAmount: 980 })
    .returning();
  await fulfillOrder(t.db, { orderId: order!.id, paymentStatus: "paid", paymentIntentId: `pi_${order!.id}`, amountTotal: 4900, currency: "usd" });
  return order!;
}

/** Bought, completed, credential issued, then fully refunded (credential revoked). */
async function refundedCompletion() {
  const provider = await makeProvider(t.db);
  const course = await makeCourse(t.db, provider.id, { priceAmount: 4900 });
  const learner = await makeUser(t.db);
  const first = await paidOrder(learner.id, course);
  const [enrollment] = await t.db.update(enrollments).set({ completedAt: new Date() }).where(eq(enrollments.orderId, first.id)).returning();
  const issued = await issueCredential(t.db, { userId: learner.id, courseId: course.id, enrollmentId: enrollment!.id, appUrl });
  const credentialId = (issued as { credentialId: string }).credentialId;
  await applyRefundedTotal(t.db, { orderId: first.id, refundedAmount: 4900 });
  return { course, learner, credentialId, enrollmentId: enrollment!.id };
}

const credentialRow = async (id: string) => (await t.db.select().from(credentials).where(eq(credentials.id, id)))[0]!;

describe("buying a completed course again after a refund", () => {
  it("reinstates the credential the refund revoked: it verifies valid again, and that is audited and shown", async () => {
    const { course, learner, credentialId } = await refundedCompletion();
    expect((await verifyCredentialDocument(t.db, JSON.parse((await credentialRow(credentialId)).document), { appUrl })).outcome).toBe("revoked");
    expect(await findReinstatedCredential(t.db, { userId: learner.id, courseId: course.id })).toBeNull();

    const second = await paidOrder(learner.id, course);
    const row = await credentialRow(credentialId);
    expect(row).toMatchObject({ revokedAt: null, revocationReason: null });
    expect((await verifyCredentialDocument(t.db, JSON.parse(row.document), { appUrl })).outcome).toBe("valid");
    const audits = await t.db.select({ action: auditLog.action }).from(auditLog).where(eq(auditLog.targetId, credentialId));
    expect(audits.map((a) => a.action)).toEqual(["credential.revoke", "credential.reinstate"]);
    expect(await findReinstatedCredential(t.db, { userId: learner.id, courseId: course.id })).toBe(credentialId);
    const [enrollment] = await t.db.select().from(enrollments).where(eq(enrollments.userId, learner.id));
    expect(enrollment).toMatchObject({ status: "active", orderId: second.id });
  });

  it("a credential an admin or the issuer revoked stays revoked", async () => {
    const { course, learner, credentialId } = await refundedCompletion();
    const admin = await makeUser(t.db);
    // Back through a purchase, then revoked by a person, then bought once more.
    await paidOrder(learner.id, course);
    await revokeCredential(t.db, { credentialId, actorId: admin.id, reason: "Plagiarism", appUrl });
    await paidOrder(learner.id, course);
    expect((await credentialRow(credentialId)).revocationReason).toBe("Plagiarism");
  });

  it("a course that became free: enrolling again reinstates too", async () => {
    const { course, learner, credentialId } = await refundedCompletion();
    await t.db.update(courses).set({ priceAmount: 0 }).where(eq(courses.id, course.id));
    await enrollFree(t.db, { userId: learner.id, courseId: course.id });
    expect((await credentialRow(credentialId)).revokedAt).toBeNull();
  });
});
