import { desc, eq } from "drizzle-orm";
import type { Db } from "@/db";
import { achievements, courses, credentials, providers } from "@/db/schema";
import { isUuid } from "./credential-urls";

/** One credential with what its pages need; null for an unknown or malformed id. */
export async function getCredential(db: Db, id: string) {
  if (!isUuid(id)) return null;
  const [row] = await db
    .select({
      credential: credentials,
      courseTitle: courses.title,
      courseSlug: courses.slug,
      providerName: providers.name,
      providerSlug: providers.slug,
      imagePath: achievements.imagePath,
    })
    .from(credentials)
    .innerJoin(achievements, eq(achievements.id, credentials.achievementId))
    .innerJoin(courses, eq(courses.id, achievements.courseId))
    .innerJoin(providers, eq(providers.id, credentials.providerId))
    .where(eq(credentials.id, id))
    .limit(1);
  return row ?? null;
}

export type CredentialRecord = NonNullable<Awaited<ReturnType<typeof getCredential>>>;

/** A learner's credentials, newest first. */
export async function listLearnerCredentials(db: Db, input: { userId: string }) {
  return db
    .select({
      id: credentials.id,
      issuedAt: credentials.issuedAt,
      validUntil: credentials.validUntil,
      revokedAt: credentials.revokedAt,
      revocationReason: credentials.revocationReason,
      showName: credentials.showName,
      achievementName: achievements.name,
      courseTitle: courses.title,
      providerName: providers.name,
    })
    .from(credentials)
    .innerJoin(achievements, eq(achievements.id, credentials.achievementId))
    .innerJoin(courses, eq(courses.id, achievements.courseId))
    .innerJoin(providers, eq(providers.id, credentials.providerId))
    .where(eq(credentials.userId, input.userId))
    .orderBy(desc(credentials.issuedAt), desc(credentials.id));
}
