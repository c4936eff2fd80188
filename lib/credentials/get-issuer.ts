import { and, eq } from "drizzle-orm";
import type { Db } from "@/db";
import { achievements, courses, providers } from "@/db/schema";
import { listIssuerKeys } from "./issuer-keys";

/**
 * An issuer for its public profile: an approved provider, or one that has issued
 * before (a suspended provider's keys stay published so its credentials verify).
 */
export async function getIssuer(db: Db, slug: string) {
  if (!/^[a-z0-9]+(-[a-z0-9]+)*$/.test(slug)) return null;
  const [provider] = await db.select().from(providers).where(eq(providers.slug, slug)).limit(1);
  if (!provider) return null;
  const keys = await listIssuerKeys(db, provider.id);
  if (provider.status !== "approved" && keys.length === 0) return null;
  return { provider, keys };
}

/** The course title and provider name an achievement's generated image is drawn from. */
export async function getAchievementImageSource(db: Db, input: { providerSlug: string; achievementId: string }) {
  const [row] = await db
    .select({ imagePath: achievements.imagePath, courseTitle: courses.title, providerName: providers.name })
    .from(achievements)
    .innerJoin(courses, eq(courses.id, achievements.courseId))
    .innerJoin(providers, eq(providers.id, courses.providerId))
    .where(and(eq(achievements.id, input.achievementId), eq(providers.slug, input.providerSlug)))
    .limit(1);
  return row ?? null;
}
