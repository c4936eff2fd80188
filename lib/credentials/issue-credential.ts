import { randomUUID } from "node:crypto";
import { and, eq } from "drizzle-orm";
import type { Db } from "@/db";
import { courses, credentials, providers, users } from "@/db/schema";
import { appDocumentLoader } from "./app-document-loader";
import { buildCredential } from "./build-credential";
import { signCredential } from "./data-integrity";
import { ensureAchievement } from "./ensure-achievement";
import { loadSigningKey } from "./issuer-keys";
import { allocateStatusIndex } from "./status-list";

export type IssueInput = { userId: string; courseId: string; enrollmentId: string | null; now?: Date; appUrl: string };
export type IssueResult = { credentialId: string; created: boolean } | { skipped: string };

/**
 * Issues the course's credential to the learner, at most once: the unique (user,
 * achievement) constraint decides between parallel callers; the loser reads the
 * winner's row. The signed document is stored as text and served exactly as signed.
 */
export async function issueCredential(db: Db, input: IssueInput): Promise<IssueResult> {
  const [row] = await db
    .select({ course: courses, provider: providers })
    .from(courses)
    .innerJoin(providers, eq(providers.id, courses.providerId))
    .where(eq(courses.id, input.courseId))
    .limit(1);
  if (!row) return { skipped: "course not found" };
  // Only approved providers issue: a suspended issuer's name must not appear on new credentials.
  if (row.provider.status !== "approved") return { skipped: `provider is ${row.provider.status}` };
  // Independent reads run side by side (one round trip instead of two on a pool).
  const [achievement, [learner]] = await Promise.all([
    ensureAchievement(db, input.courseId, input.appUrl),
    db.select({ name: users.name, email: users.email }).from(users).where(eq(users.id, input.userId)).limit(1),
  ]);
  if (!learner) return { skipped: "learner not found" };
  const existing = await findCredential(db, input.userId, achievement.id);
  if (existing) return { credentialId: existing, created: false };

  const credentialId = randomUUID();
  // Whole seconds: validFrom is written without fractions, and the row must say the same.
  const issuedAt = new Date(Math.floor((input.now ?? new Date()).getTime() / 1000) * 1000);
  const validUntil = achievement.validityDays ? new Date(issuedAt.getTime() + achievement.validityDays * 86_400_000) : null;
  // A slot taken by a caller that then loses the race stays unused: harmless, the bit stays 0.
  const [status, key] = await Promise.all([allocateStatusIndex(db, row.provider, input.appUrl), loadSigningKey(db, row.provider, input.appUrl)]);
  const unsigned = buildCredential({
    appUrl: input.appUrl,
    credentialId,
    issuedAt,
    validUntil,
    provider: row.provider,
    achievement,
    courseTitle: row.course.title,
    learner,
    status,
  });
  const signed = await signCredential(unsigned, key, issuedAt, appDocumentLoader(db, input.appUrl));
  const inserted = await db
    .insert(credentials)
    .values({
      id: credentialId,
      userId: input.userId,
      achievementId: achievement.id,
      providerId: row.provider.id,
      enrollmentId: input.enrollmentId,
      statusListId: status.listId,
      statusIndex: status.index,
      document: JSON.stringify(signed),
      issuedAt,
      validUntil,
    })
    .onConflictDoNothing({ target: [credentials.userId, credentials.achievementId] })
    .returning({ id: credentials.id });
  if (inserted[0]) return { credentialId, created: true };
  const winner = await findCredential(db, input.userId, achievement.id);
  if (!winner) throw new Error("Credential insert conflicted but no credential exists");
  return { credentialId: winner, created: false };
}

async function findCredential(db: Db, userId: string, achievementId: string) {
  const [found] = await db
    .select({ id: credentials.id })
    .from(credentials)
    .where(and(eq(credentials.userId, userId), eq(credentials.achievementId, achievementId)))
    .limit(1);
  return found?.id;
}
