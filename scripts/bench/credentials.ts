import { eq } from "drizzle-orm";
import * as vc from "@digitalbazaar/vc";
import { checkStatus } from "@digitalbazaar/vc-bitstring-status-list";
import type { Db } from "@/db";
import { credentials, providers, users } from "@/db/schema";
import { appDocumentLoader } from "@/lib/credentials/app-document-loader";
import { signingSuite, verifyingSuite } from "@/lib/credentials/data-integrity";
import { issueCredential } from "@/lib/credentials/issue-credential";
import { loadSigningKey } from "@/lib/credentials/issuer-keys";
import { verifyCredentialDocument } from "@/lib/credentials/verify-credential";

export type CredentialBench = {
  issued: number;
  issuePerSecond: number;
  bareIssuePerSecond: number;
  verifyPerSecond: number;
  bareVerifyPerSecond: number;
  allValid: boolean;
  sampleId: string;
};

async function rate(count: number, fn: (i: number) => Promise<unknown>): Promise<number> {
  const started = performance.now();
  for (let i = 0; i < count; i++) await fn(i);
  return count / ((performance.now() - started) / 1000);
}

/**
 * Issues `count` credentials through issueCredential (achievement, key, status slot,
 * build, sign, insert) and verifies each through verifyCredentialDocument (schema,
 * proof, issuer key, dates, status list), one after another, and times the bare
 * @digitalbazaar/vc issue / verifyCredential calls on the same documents with the same
 * key, suite and document loader: the ratio is our overhead.
 */
export async function benchCredentials(db: Db, input: { appUrl: string; courseId: string; count: number }): Promise<CredentialBench> {
  const stamp = Date.now().toString(36);
  const learners = await db
    .insert(users)
    .values(Array.from({ length: input.count }, (_, i) => ({ email: `bench-cred-${stamp}-${i}@example.test`, name: `Bench Learner ${i}` })))
    .returning({ id: users.id });
  const ids: string[] = [];
  const issuePerSecond = await rate(input.count, async (i) => {
    const result = await issueCredential(db, { userId: learners[i]!.id, courseId: input.courseId, enrollmentId: null, appUrl: input.appUrl });
    if (!("credentialId" in result)) throw new Error(`not issued: ${result.skipped}`);
    ids.push(result.credentialId);
  });
  const docs = await Promise.all(
    ids.map(async (id) => JSON.parse((await db.select({ d: credentials.document }).from(credentials).where(eq(credentials.id, id)))[0]!.d) as Record<string, unknown>),
  );
  const [provider] = await db.select().from(providers).innerJoin(credentials, eq(credentials.providerId, providers.id)).where(eq(credentials.id, ids[0]!));
  const key = await loadSigningKey(db, provider!.providers, input.appUrl);
  const unsigned = docs.map(({ proof: _proof, ...rest }) => rest);
  const bareIssuePerSecond = await rate(input.count, async (i) =>
    vc.issue({ credential: structuredClone(unsigned[i]!), suite: await signingSuite(key, new Date()), documentLoader: appDocumentLoader(db, input.appUrl) }),
  );
  let allValid = true;
  const verifyPerSecond = await rate(input.count, async (i) => {
    const result = await verifyCredentialDocument(db, docs[i], { appUrl: input.appUrl });
    if (result.outcome !== "valid") allValid = false;
  });
  const bareVerifyPerSecond = await rate(input.count, async (i) => {
    const documentLoader = appDocumentLoader(db, input.appUrl);
    const result = await vc.verifyCredential({
      credential: docs[i]!,
      suite: verifyingSuite(),
      documentLoader,
      checkStatus: (options: object) => checkStatus({ ...options, documentLoader, suite: verifyingSuite() } as Parameters<typeof checkStatus>[0]),
    });
    if (!result.verified) allValid = false;
  });
  return { issued: ids.length, issuePerSecond, bareIssuePerSecond, verifyPerSecond, bareVerifyPerSecond, allValid, sampleId: ids[0]! };
}
