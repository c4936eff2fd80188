/* eslint-disable @typescript-eslint/no-explicit-any -- tests poke into signed JSON of any shape */
import { count, eq } from "drizzle-orm";
import { decodeList } from "@digitalbazaar/vc-bitstring-status-list";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { achievements, auditLog, credentials, statusLists } from "@/db/schema";
import { signCredential } from "@/lib/credentials/data-integrity";
import { resolveDidKey } from "@/lib/credentials/did-key";
import { createDocumentLoader } from "@/lib/credentials/document-loader";
import { issueCredential } from "@/lib/credentials/issue-credential";
import { rotateIssuerKey } from "@/lib/credentials/issuer-keys";
import { openBadgeProblems } from "@/lib/credentials/ob-schema";
import { revokeCredential } from "@/lib/credentials/revoke-credential";
import { verifyCredentialDocument } from "@/lib/credentials/verify-credential";
import { makeCourse, makeProvider, makeSkill } from "../support/fixtures";
import { makeUser } from "../support/users";
import { createTestDb, type TestDb } from "../support/test-db";

const appUrl = "http://localhost:3000";
let t: TestDb;
beforeAll(async () => {
  t = await createTestDb();
});
afterAll(async () => t?.close());

async function issued(over: { validityDays?: number; now?: Date } = {}) {
  const provider = await makeProvider(t.db, { name: "Acme Academy", url: "https://acme.example" });
  const skill = await makeSkill(t.db, { name: `SQL ${Math.random()}`, framework: "ESCO", code: "S5.6.1" });
  const course = await makeCourse(t.db, provider.id, { title: "Data with SQL", summary: "Query data.", skillIds: [skill.id] });
  if (over.validityDays) {
    await t.db.insert(achievements).values({ courseId: course.id, name: "SQL badge", description: "Knows SQL", criteria: "Pass it", validityDays: over.validityDays });
  }
  const user = await makeUser(t.db, { name: "Ada Lovelace" });
  const result = await issueCredential(t.db, { userId: user.id, courseId: course.id, enrollmentId: null, appUrl, now: over.now });
  if (!("credentialId" in result)) throw new Error(result.skipped);
  const [row] = await t.db.select().from(credentials).where(eq(credentials.id, result.credentialId));
  return { provider, course, user, row: row!, doc: JSON.parse(row!.document) as Record<string, any> };
}

const verify = (doc: unknown, now?: Date) => verifyCredentialDocument(t.db, doc, { appUrl, now });

describe("issuing", () => {
  it("issues an OB 3.0 credential that meets the schema and verifies", async () => {
    const { doc, row, provider } = await issued();
    expect(openBadgeProblems(doc)).toBeNull();
    // The schema bites: a wrong context order, a bare-string image and an unknown identity type are refused.
    expect(openBadgeProblems({ ...doc, "@context": [...doc["@context"]].reverse() })).not.toBeNull();
    const badImage = structuredClone(doc);
    badImage.credentialSubject.achievement.image = "https://x.example/i.png";
    expect(openBadgeProblems(badImage)).not.toBeNull();
    const badIdentity = structuredClone(doc);
    badIdentity.credentialSubject.identifier[0].identityType = "nickname";
    expect(openBadgeProblems(badIdentity)).not.toBeNull();
    expect(openBadgeProblems({ ...doc, validFrom: "2026-01-01T00:00:00" })).not.toBeNull();
    expect(doc["@context"]).toEqual(["https://www.w3.org/ns/credentials/v2", "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json"]);
    expect(doc.type).toEqual(["VerifiableCredential", "OpenBadgeCredential"]);
    expect(doc.id).toBe(`${appUrl}/credentials/${row.id}`);
    expect(doc.issuer).toMatchObject({ id: `${appUrl}/issuers/${provider.slug}`, type: ["Profile"], name: "Acme Academy" });
    expect(doc.validFrom).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/);
    expect(doc.credentialSubject.type).toEqual(["AchievementSubject"]);
    expect(doc.credentialSubject.identifier[0]).toEqual({ type: "IdentityObject", identityHash: "Ada Lovelace", identityType: "name", hashed: false });
    expect(doc.credentialSubject.identifier[1]).toMatchObject({ type: "IdentityObject", identityType: "emailAddress", hashed: true });
    expect(doc.credentialSubject.achievement.image).toMatchObject({ type: "Image" });
    expect(doc.credentialSubject.achievement.alignment[0]).toMatchObject({ type: ["Alignment"], targetFramework: "ESCO", targetCode: "S5.6.1" });
    expect(doc.credentialStatus).toMatchObject({ type: "BitstringStatusListEntry", statusPurpose: "revocation" });
    expect(doc.proof).toMatchObject({ type: "DataIntegrityProof", cryptosuite: "eddsa-rdfc-2022", verificationMethod: expect.stringMatching(new RegExp(`^${appUrl}/issuers/${provider.slug}#z6Mk`)) });
    const result = await verify(doc);
    expect(result.checks.map((c) => [c.id, c.status])).toEqual([
      ["format", "passed"],
      ["proof", "passed"],
      ["issuer", "passed"],
      ["dates", "passed"],
      ["status", "passed"],
    ]);
    expect(result.outcome).toBe("valid");
  });

  it("parallel completions issue exactly one credential", async () => {
    const provider = await makeProvider(t.db);
    const course = await makeCourse(t.db, provider.id);
    const user = await makeUser(t.db);
    const results = await Promise.all(Array.from({ length: 4 }, () => issueCredential(t.db, { userId: user.id, courseId: course.id, enrollmentId: null, appUrl })));
    const ids = new Set(results.map((r) => ("credentialId" in r ? r.credentialId : r.skipped)));
    expect(ids.size).toBe(1);
    const [n] = await t.db.select({ n: count() }).from(credentials).where(eq(credentials.userId, user.id));
    expect(n!.n).toBe(1);
  });

  it("does not issue for a suspended provider", async () => {
    const provider = await makeProvider(t.db, { status: "suspended" });
    const course = await makeCourse(t.db, provider.id);
    const user = await makeUser(t.db);
    expect(await issueCredential(t.db, { userId: user.id, courseId: course.id, enrollmentId: null, appUrl })).toEqual({ skipped: "provider is suspended" });
  });
});

describe("verifying", () => {
  it("fails when any field changes", async () => {
    const { doc } = await issued();
    const mutations: ((d: any) => void)[] = [
      (d) => (d.credentialSubject.achievement.name = "Something else"),
      (d) => (d.issuer.name = "Impostor"),
      (d) => (d.validFrom = "2020-01-01T00:00:00Z"),
      (d) => (d.credentialSubject.identifier[0].identityHash = "Mallory"),
      (d) => (d.credentialStatus.statusListIndex = "7"),
      (d) => (d.name = "Other"),
    ];
    for (const mutate of mutations) {
      const copy = structuredClone(doc);
      mutate(copy);
      const result = await verify(copy);
      expect(result.outcome).toBe("invalid");
      expect(result.checks.find((c) => c.id === "proof")!.status).toBe("failed");
    }
  });

  it("fails on a term no context defines (JSON-LD safe mode)", async () => {
    const { doc } = await issued();
    const copy = structuredClone(doc);
    copy.credentialSubject.achievement.unknownTerm = "x";
    const result = await verify(copy);
    expect(result.outcome).toBe("invalid");
    expect(result.checks.find((c) => c.id === "proof")!.detail).toMatch(/safe mode/i);
    // Signing refuses it too: nothing we issue can carry a term that would be dropped.
    const key = { verificationMethod: "did:key:z6MkrJVnaZkeFzdQyMZu1cgjg7k1pZZ6pvBQ7XJPt4swbTQ2#z6MkrJVnaZkeFzdQyMZu1cgjg7k1pZZ6pvBQ7XJPt4swbTQ2", controller: "did:key:z6MkrJVnaZkeFzdQyMZu1cgjg7k1pZZ6pvBQ7XJPt4swbTQ2", publicKeyMultibase: "z6MkrJVnaZkeFzdQyMZu1cgjg7k1pZZ6pvBQ7XJPt4swbTQ2", secretKeyMultibase: "z3u2en7t5LR2WtQH5PfFqMqwVHBeXouLzo6haApm8XHqvjxq" };
    const { proof: _proof, ...unsigned } = copy;
    await expect(signCredential(unsigned, key, new Date(), createDocumentLoader())).rejects.toThrow(/safe mode/i);
  });

  it("reports expired after validUntil, with the proof still good", async () => {
    const issuedAt = new Date("2025-01-01T00:00:00Z");
    const { doc } = await issued({ validityDays: 30, now: issuedAt });
    expect(doc.validUntil).toBe("2025-01-31T00:00:00Z");
    expect((await verify(doc, new Date("2025-01-15T00:00:00Z"))).outcome).toBe("valid");
    const later = await verify(doc, new Date("2025-02-01T00:00:00Z"));
    expect(later.outcome).toBe("expired");
    expect(later.checks.find((c) => c.id === "proof")!.status).toBe("passed");
  });

  it("reports revoked once revoked, with the reason and an audit entry", async () => {
    const { doc, row } = await issued();
    const admin = await makeUser(t.db, { isAdmin: true });
    expect(await revokeCredential(t.db, { credentialId: row.id, actorId: admin.id, reason: "Issued by mistake", appUrl })).toBe(true);
    expect(await revokeCredential(t.db, { credentialId: row.id, actorId: admin.id, reason: "again", appUrl })).toBe(false);
    const result = await verify(doc);
    expect(result.outcome).toBe("revoked");
    expect(result.revocationReason).toBe("Issued by mistake");
    // The served list is a signed BitstringStatusListCredential of 131,072 entries with this bit set.
    const [list] = await t.db.select().from(statusLists).where(eq(statusLists.id, row.statusListId));
    const listDoc = JSON.parse(list!.signedDocument!);
    expect(listDoc.type).toEqual(["VerifiableCredential", "BitstringStatusListCredential"]);
    expect(listDoc.proof.cryptosuite).toBe("eddsa-rdfc-2022");
    const bits = await decodeList({ encodedList: listDoc.credentialSubject.encodedList });
    expect(bits.length).toBeGreaterThanOrEqual(131_072);
    expect(bits.getStatus(row.statusIndex)).toBe(true);
    expect(bits.getStatus(row.statusIndex + 1)).toBe(false);
    const audits = await t.db.select().from(auditLog).where(eq(auditLog.targetId, row.id));
    expect(audits).toHaveLength(1);
    expect(audits[0]).toMatchObject({ action: "credential.revoke", actorId: admin.id, reason: "Issued by mistake" });
  });

  it("a credential signed before a key rotation still verifies, and new ones use the new key", async () => {
    const { doc, provider, user } = await issued();
    await rotateIssuerKey(t.db, provider.id);
    expect((await verify(doc)).outcome).toBe("valid");
    const course2 = await makeCourse(t.db, provider.id);
    const second = await issueCredential(t.db, { userId: user.id, courseId: course2.id, enrollmentId: null, appUrl });
    const [row2] = await t.db.select().from(credentials).where(eq(credentials.id, (second as { credentialId: string }).credentialId));
    const doc2 = JSON.parse(row2!.document);
    expect(doc2.proof.verificationMethod).not.toBe(doc.proof.verificationMethod);
    expect((await verify(doc2)).outcome).toBe("valid");
  });

  it("refuses a status list whose signature no longer matches (someone flipped or cleared a bit)", async () => {
    const { doc, row } = await issued();
    const [list] = await t.db.select().from(statusLists).where(eq(statusLists.id, row.statusListId));
    const forged = JSON.parse(list!.signedDocument!);
    forged.credentialSubject.encodedList = forged.credentialSubject.encodedList.slice(0, -4) + "AAAA";
    await t.db.update(statusLists).set({ signedDocument: JSON.stringify(forged) }).where(eq(statusLists.id, row.statusListId));
    const result = await verify(doc);
    expect(result.outcome).toBe("invalid");
    expect(result.checks.find((c) => c.id === "status")!.detail).toMatch(/could not be trusted: its signature does not verify/);
    await t.db.update(statusLists).set({ signedDocument: list!.signedDocument }).where(eq(statusLists.id, row.statusListId));
    expect((await verify(doc)).outcome).toBe("valid");
  });

  it("verifies someone else's credential signed with a did:key, fetching nothing", async () => {
    const did = "did:key:z6MkrJVnaZkeFzdQyMZu1cgjg7k1pZZ6pvBQ7XJPt4swbTQ2";
    const key = { verificationMethod: `${did}#z6MkrJVnaZkeFzdQyMZu1cgjg7k1pZZ6pvBQ7XJPt4swbTQ2`, controller: did, publicKeyMultibase: "z6MkrJVnaZkeFzdQyMZu1cgjg7k1pZZ6pvBQ7XJPt4swbTQ2", secretKeyMultibase: "z3u2en7t5LR2WtQH5PfFqMqwVHBeXouLzo6haApm8XHqvjxq" };
    const foreign = { "@context": ["https://www.w3.org/ns/credentials/v2"], id: "urn:uuid:2b0f5d1e-7c1a-4a43-9d52-3b1f1e9f3a10", type: ["VerifiableCredential"], issuer: did, validFrom: "2024-01-01T00:00:00Z", credentialSubject: { id: "did:example:holder" } };
    const signed = await signCredential(foreign, key, new Date("2024-01-01T00:00:00Z"), createDocumentLoader((url) => Promise.resolve(resolveDidKey(url))));
    const result = await verify(signed);
    expect(result.checks.map((c) => [c.id, c.status])).toEqual([
      ["format", "passed"],
      ["proof", "passed"],
      ["issuer", "passed"],
      ["dates", "passed"],
      ["status", "skipped"],
    ]);
    expect(result.outcome).toBe("valid");
    // The same credential claiming another issuer fails the issuer check (and the proof).
    const claimed = await verify({ ...signed, issuer: "did:key:z6MkhaXgBZDvotDkL5257faiztiGiC2QtKLGpbnnEGta2doK" });
    expect(claimed.checks.find((c) => c.id === "issuer")!.status).toBe("failed");
  });

  it("rejects a proof by a key the issuer does not control", async () => {
    const { doc } = await issued();
    const other = await issued();
    const copy = structuredClone(doc);
    copy.proof = other.doc.proof;
    const result = await verify(copy);
    expect(result.outcome).toBe("invalid");
    expect(result.checks.find((c) => c.id === "issuer")!.status).toBe("failed");
  });
});
