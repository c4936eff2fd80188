import { rmSync } from "node:fs";
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { achievements, credentials, enrollments, issuerKeys } from "@/db/schema";
import { enrollFree } from "@/lib/enrollments/enroll-free";
import { issueMissingCredentials } from "@/lib/credentials/issue-missing-credentials";
import { ForbiddenError } from "@/lib/auth/policy";
import { generatedBadgeSvg, renderPng, resolveAchievementImage } from "@/lib/credentials/achievement-image";
import { appDocumentLoader } from "@/lib/credentials/app-document-loader";
import { bakePng, bakeSvg } from "@/lib/credentials/bake-badge";
import { issueCredential } from "@/lib/credentials/issue-credential";
import { decryptSecret, encryptSecret } from "@/lib/credentials/key-encryption";
import { findCredentials, revokeCredentialAsActor } from "@/lib/credentials/manage-credentials";
import { parseVerifyInput } from "@/lib/credentials/parse-verify-input";
import { achievementFormToInput, achievementInputSchema, updateAchievement } from "@/lib/credentials/update-achievement";
import { onCourseCompleted } from "@/lib/learning/on-course-completed";
import { readOutbox } from "@/lib/mail/read-outbox";
import { drainJobs } from "@/lib/jobs/run-jobs";
import type { UploadStore } from "@/lib/uploads/upload-store";
import { makeCourse, makeProvider } from "../support/fixtures";
import { makeEnrolledLearner } from "../support/learning-fixtures";
import { makeMember, makeUser, sessionUser } from "../support/users";
import { createTestDb, type TestDb } from "../support/test-db";

const appUrl = "http://localhost:3000";
const outbox = `.data/test-outbox-credentials-${process.pid}`;
process.env.MAIL_OUTBOX_DIR = outbox;
let t: TestDb;
beforeAll(async () => {
  t = await createTestDb();
});
afterAll(async () => {
  await t?.close();
  rmSync(outbox, { recursive: true, force: true });
});

async function setup() {
  const provider = await makeProvider(t.db);
  const course = await makeCourse(t.db, provider.id, { title: "Safe AI" });
  const learner = await makeUser(t.db);
  const issued = await issueCredential(t.db, { userId: learner.id, courseId: course.id, enrollmentId: null, appUrl });
  const credentialId = (issued as { credentialId: string }).credentialId;
  const [row] = await t.db.select().from(credentials).where(eq(credentials.id, credentialId));
  return { provider, course, learner, credentialId, document: row!.document };
}

describe("verify input", () => {
  it("accepts JSON, a baked PNG and a baked SVG; explains everything else", async () => {
    const { document } = await setup();
    const png = bakePng(renderPng(generatedBadgeSvg({ title: "T", providerName: "P" })), document);
    const svg = bakeSvg(generatedBadgeSvg({ title: "T", providerName: "P" }), document);
    for (const [bytes, source] of [[Buffer.from(document), "json"], [png, "png"], [Buffer.from(svg), "svg"]] as const) {
      const parsed = parseVerifyInput(bytes);
      expect(parsed).toMatchObject({ ok: true, source });
      expect(JSON.stringify(parsed.ok && parsed.document)).toBe(document);
    }
    expect(parseVerifyInput(Buffer.from(""))).toEqual({ ok: false, message: "Paste a credential or choose a file." });
    expect(parseVerifyInput(Buffer.from("{ nope"))).toMatchObject({ ok: false, message: expect.stringMatching(/not valid JSON/) });
    expect(parseVerifyInput(Buffer.from("[1,2]"))).toMatchObject({ ok: false, message: "A credential must be a JSON object." });
    expect(parseVerifyInput(Buffer.from('{"a":1}'))).toMatchObject({ ok: false, message: expect.stringMatching(/no Data Integrity proof/) });
    expect(parseVerifyInput(renderPng(generatedBadgeSvg({ title: "T", providerName: "P" })))).toMatchObject({ ok: false, message: expect.stringMatching(/no baked credential/) });
    expect(parseVerifyInput(Buffer.from("<svg></svg>"))).toMatchObject({ ok: false, message: expect.stringMatching(/no baked credential/) });
    expect(parseVerifyInput(Buffer.alloc(1_000_001, 32))).toMatchObject({ ok: false, message: expect.stringMatching(/larger than/) });
  });
});

describe("keys and the document loader", () => {
  it("stores secret keys encrypted and bound to their public key", async () => {
    const { provider } = await setup();
    const [key] = await t.db.select().from(issuerKeys).where(eq(issuerKeys.providerId, provider.id));
    expect(key!.encryptedSecretKey).toMatch(/^v1\./);
    expect(key!.encryptedSecretKey).not.toContain("z3u");
    const master = Buffer.alloc(32, 1);
    const sealed = encryptSecret("secret", master, "pk-a");
    expect(decryptSecret(sealed, master, "pk-a")).toBe("secret");
    expect(() => decryptSecret(sealed, master, "pk-b")).toThrow();
    expect(() => decryptSecret(sealed, Buffer.alloc(32, 2), "pk-a")).toThrow();
  });

  it("resolves our issuers and keys, and refuses every other URL without fetching it", async () => {
    const { provider } = await setup();
    const loader = appDocumentLoader(t.db, appUrl);
    const profile = (await loader(`${appUrl}/issuers/${provider.slug}`)).document as { type: string[]; assertionMethod: string[] };
    expect(profile.type).toEqual(["Profile"]);
    expect((await loader(profile.assertionMethod[0]!)).document).toMatchObject({ type: "Multikey", controller: `${appUrl}/issuers/${provider.slug}` });
    await expect(loader(`${appUrl}/issuers/${provider.slug}#z6MkNotOurs`)).rejects.toThrow(/never fetched/);
    await expect(loader("https://example.com/context.json")).rejects.toThrow(/never fetched/);
    await expect(loader(`${appUrl}/credentials/status/not-a-uuid`)).rejects.toThrow(/never fetched/);
  });
});

describe("who may revoke and search", () => {
  it("the issuing provider's members and admins revoke; others are refused", async () => {
    const { provider, credentialId, learner } = await setup();
    const other = await makeProvider(t.db);
    const outsiderUser = await makeUser(t.db);
    await makeMember(t.db, outsiderUser.id, other.id);
    const outsider = await sessionUser(t.db, outsiderUser.id);
    await expect(revokeCredentialAsActor(t.db, { actor: outsider, credentialId, reason: "Not mine to revoke" })).rejects.toThrow(ForbiddenError);
    expect(await revokeCredentialAsActor(t.db, { actor: outsider, providerId: other.id, credentialId, reason: "Not mine to revoke" })).toEqual({ ok: false, reason: "not_found" });
    await expect(findCredentials(t.db, { actor: outsider, query: credentialId })).rejects.toThrow(ForbiddenError);
    expect(await findCredentials(t.db, { actor: outsider, providerId: other.id, query: credentialId })).toEqual([]);

    const memberUser = await makeUser(t.db);
    await makeMember(t.db, memberUser.id, provider.id);
    const member = await sessionUser(t.db, memberUser.id);
    expect((await findCredentials(t.db, { actor: member, providerId: provider.id, query: learner.email }))[0]!.id).toBe(credentialId);
    expect(await revokeCredentialAsActor(t.db, { actor: member, providerId: provider.id, credentialId, reason: "Plagiarised final project" })).toEqual({ ok: true });
    const admin = await sessionUser(t.db, (await makeUser(t.db, { isAdmin: true })).id);
    expect(await revokeCredentialAsActor(t.db, { actor: admin, credentialId, reason: "Second time" })).toEqual({ ok: false, reason: "already_revoked" });
    expect((await findCredentials(t.db, { actor: admin, query: "Safe AI" })).length).toBeGreaterThan(0);
  });
});

describe("achievement editor", () => {
  it("validates input, saves for members only, and new credentials carry the edits", async () => {
    const provider = await makeProvider(t.db);
    const course = await makeCourse(t.db, provider.id, { title: "Edited course" });
    const form = new FormData();
    for (const [k, v] of Object.entries({ name: "Prompt Safety Badge", description: "Can write safe prompts.", criteria: "Pass **every** quiz.", achievementType: "Badge", validityDays: "365", "alignment.0.name": "Prompting", "alignment.0.url": "https://example.org/skills/prompting", "alignment.0.framework": "ESCO", "alignment.1.name": "Dropped", "alignment.1.url": "https://x.example", "alignment.1.remove": "on" })) form.set(k, v);
    const parsed = achievementInputSchema.parse(achievementFormToInput(form));
    expect(parsed.alignments).toEqual([{ targetName: "Prompting", targetUrl: "https://example.org/skills/prompting", targetFramework: "ESCO" }]);
    expect(achievementInputSchema.safeParse({ ...parsed, alignments: [{ targetName: "x", targetUrl: "javascript:alert(1)" }] }).success).toBe(false);
    expect(achievementInputSchema.safeParse({ ...parsed, achievementType: "Diploma" }).success).toBe(false);

    const stranger = await sessionUser(t.db, (await makeUser(t.db)).id);
    await expect(updateAchievement(t.db, { actor: stranger, providerId: provider.id, courseId: course.id, appUrl, values: parsed })).rejects.toThrow(ForbiddenError);
    const ownerUser = await makeUser(t.db);
    await makeMember(t.db, ownerUser.id, provider.id);
    const owner = await sessionUser(t.db, ownerUser.id);
    expect(await updateAchievement(t.db, { actor: owner, providerId: provider.id, courseId: course.id, appUrl, values: parsed })).toEqual({ ok: true });
    const [saved] = await t.db.select().from(achievements).where(eq(achievements.courseId, course.id));
    expect(saved).toMatchObject({ name: "Prompt Safety Badge", validityDays: 365, achievementType: "Badge" });

    const learner = await makeUser(t.db);
    const issued = await issueCredential(t.db, { userId: learner.id, courseId: course.id, enrollmentId: null, appUrl });
    const [row] = await t.db.select().from(credentials).where(eq(credentials.id, (issued as { credentialId: string }).credentialId));
    const doc = JSON.parse(row!.document);
    expect(doc.credentialSubject.achievement).toMatchObject({ name: "Prompt Safety Badge", achievementType: "Badge", criteria: { narrative: "Pass **every** quiz." } });
    expect(doc.validUntil).toBeDefined();
  });
});

describe("achievement image", () => {
  it("an uploaded PNG becomes the badge, baked files still carry the credential, and removing it brings back the generated badge", async () => {
    const files = new Map<string, Uint8Array>();
    const store: UploadStore = { put: async (key, bytes) => void files.set(key, bytes), get: async (key) => files.get(key) ?? null };
    const upload = renderPng('<svg xmlns="http://www.w3.org/2000/svg" width="64" height="64"><rect width="64" height="64" fill="#c00"/></svg>');
    files.set("achievement-image/aaaaaaaa-aaaa-4aaa-8aaa-aaaaaaaaaaaa.png", upload);
    files.set("achievement-image/bbbbbbbb-bbbb-4bbb-8bbb-bbbbbbbbbbbb.webp", new Uint8Array([0x52, 0x49, 0x46, 0x46, 1, 0, 0, 0, 0x57, 0x45, 0x42, 0x50, 0x56, 0x50, 0x38, 0x20]));
    const source = { courseTitle: "Safe AI", providerName: "Test Provider" };

    const generated = await resolveAchievementImage({ imagePath: null }, source, store);
    expect(generated.svg).toBe(generatedBadgeSvg({ title: "Safe AI", providerName: "Test Provider" }));
    const uploaded = await resolveAchievementImage({ imagePath: "achievement-image/aaaaaaaa-aaaa-4aaa-8aaa-aaaaaaaaaaaa.png" }, source, store);
    expect(uploaded.svg).toContain(`data:image/png;base64,${uploaded.png.toString("base64")}`);
    expect(uploaded.png.equals(generated.png)).toBe(false);
    // Rendered at badge size: 512 px wide (IHDR width at bytes 16–19).
    expect(uploaded.png.readUInt32BE(16)).toBe(512);

    const [row] = await t.db.select().from(credentials).limit(1);
    for (const file of [bakePng(uploaded.png, row!.document), Buffer.from(bakeSvg(uploaded.svg, row!.document))]) {
      const parsed = parseVerifyInput(file);
      expect(parsed.ok && JSON.stringify(parsed.document)).toBe(JSON.stringify(JSON.parse(row!.document)));
    }
    // A type resvg cannot draw, or a file gone from the store, falls back to the generated badge.
    for (const imagePath of ["achievement-image/bbbbbbbb-bbbb-4bbb-8bbb-bbbbbbbbbbbb.webp", "achievement-image/cccccccc-cccc-4ccc-8ccc-cccccccccccc.png"]) {
      expect((await resolveAchievementImage({ imagePath }, source, store)).svg).toBe(generated.svg);
    }
  });

  it("the editor saves and clears the image path, audited", async () => {
    const provider = await makeProvider(t.db);
    const course = await makeCourse(t.db, provider.id, { title: "Pictured course" });
    const member = await makeUser(t.db);
    await makeMember(t.db, member.id, provider.id);
    const owner = await sessionUser(t.db, member.id);
    const values = achievementInputSchema.parse({ name: "Pictured", description: "A course with a picture.", criteria: "Finish it all.", achievementType: "Badge", validityDays: null, alignments: [] });
    const key = "achievement-image/dddddddd-dddd-4ddd-8ddd-dddddddddddd.jpg";
    await updateAchievement(t.db, { actor: owner, providerId: provider.id, courseId: course.id, appUrl, values, imagePath: key });
    const read = async () => (await t.db.select().from(achievements).where(eq(achievements.courseId, course.id)))[0]!.imagePath;
    expect(await read()).toBe(key);
    await updateAchievement(t.db, { actor: owner, providerId: provider.id, courseId: course.id, appUrl, values });
    expect(await read()).toBe(key); // absent: kept
    await updateAchievement(t.db, { actor: owner, providerId: provider.id, courseId: course.id, appUrl, values, imagePath: null });
    expect(await read()).toBeNull();
  });
});

describe("reconciliation", () => {
  it("issues the missing credential of a completed course, once; not for refunded or unfinished ones", async () => {
    const provider = await makeProvider(t.db);
    const done = await makeCourse(t.db, provider.id, { title: "Done course" });
    const unfinished = await makeCourse(t.db, provider.id, { title: "Unfinished course" });
    const { user: learner, enrollment } = await makeEnrolledLearner(t.db, done.id);
    await t.db.update(enrollments).set({ completedAt: new Date() }).where(eq(enrollments.id, enrollment.id));
    await enrollFree(t.db, { userId: learner.id, courseId: unfinished.id });
    expect(await issueMissingCredentials(t.db, { userId: learner.id, appUrl })).toBe(1);
    expect(await issueMissingCredentials(t.db, { userId: learner.id, appUrl })).toBe(0);
    const rows = await t.db.select().from(credentials).where(eq(credentials.userId, learner.id));
    expect(rows).toHaveLength(1);
    expect(rows[0]!.enrollmentId).toBe(enrollment.id);
  });
});

describe("completion hook", () => {
  it("issues the credential and mails its link", async () => {
    const provider = await makeProvider(t.db);
    const course = await makeCourse(t.db, provider.id, { title: "Hooked course" });
    const { user: learner, enrollment } = await makeEnrolledLearner(t.db, course.id);
    await onCourseCompleted(t.db, { userId: learner.id, courseId: course.id, enrollmentId: enrollment.id, completedAt: new Date() });
    await drainJobs(t.db); // the hook queues the work; the worker issues and mails
    const [row] = await t.db.select().from(credentials).where(eq(credentials.userId, learner.id));
    expect(row).toBeDefined();
    const mails = (await readOutbox(outbox)).filter((m) => m.to === learner.email);
    expect(mails.at(-1)?.text).toContain(`/credentials/${row!.id}`);
  });
});
