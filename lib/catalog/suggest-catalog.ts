import { and, desc, eq, sql } from "drizzle-orm";
import type { Db } from "@/db";
import { courses, providers, skills } from "@/db/schema";
import { matchesTextQuery, prepareTextQuery, textRank } from "./text-query";

export type Suggestions = { courses: { slug: string; title: string; provider: string }[]; skills: { slug: string; name: string }[] };

// Type-ahead: a few courses by prefix-matching full-text rank and a few skills by
// name, both cheap enough to run on every (debounced) keystroke.
export async function suggestCatalog(db: Db, q: string): Promise<Suggestions> {
  const tsquery = await prepareTextQuery(db, q);
  if (!tsquery) return { courses: [], skills: [] };
  const pattern = `%${q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
  const [courseRows, skillRows] = await Promise.all([
    db
      .select({ slug: courses.slug, title: courses.title, provider: providers.name })
      .from(courses)
      .innerJoin(providers, eq(providers.id, courses.providerId))
      .where(and(eq(courses.status, "published"), eq(providers.status, "approved"), matchesTextQuery(tsquery)))
      .orderBy(desc(textRank(tsquery)), desc(courses.publishedAt), desc(courses.id))
      .limit(6),
    db
      .select({ slug: skills.slug, name: skills.name })
      .from(skills)
      .where(sql`${skills.name} ilike ${pattern} or ${q} <% ${skills.name}`)
      .orderBy(sql`word_similarity(${q}, ${skills.name}) desc`, skills.name)
      .limit(4),
  ]);
  return { courses: courseRows, skills: skillRows };
}
