import { and, count, eq } from "drizzle-orm";
import type { Db } from "@/db";
import { courses, providers } from "@/db/schema";

// A provider's public profile: approved providers only.
export async function getPublicProvider(db: Db, slug: string) {
  const [provider] = await db
    .select({
      id: providers.id,
      slug: providers.slug,
      name: providers.name,
      url: providers.url,
      logoUrl: providers.logoUrl,
      description: providers.description,
      createdAt: providers.createdAt,
    })
    .from(providers)
    .where(and(eq(providers.slug, slug), eq(providers.status, "approved")))
    .limit(1);
  return provider ?? null;
}

export async function listPublicProviders(db: Db) {
  const courseCount = count(courses.id);
  return db
    .select({ slug: providers.slug, name: providers.name, courseCount })
    .from(providers)
    .leftJoin(courses, and(eq(courses.providerId, providers.id), eq(courses.status, "published")))
    .where(eq(providers.status, "approved"))
    .groupBy(providers.id)
    .orderBy(providers.name);
}
