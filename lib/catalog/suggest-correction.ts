import { desc, sql } from "drizzle-orm";
import type { Db } from "@/db";
import { catalogTerms } from "@/db/schema";

const WORD = /[\p{L}\p{N}]+/gu;

// "Did you mean": each unknown word is replaced by the most similar word of the
// catalog's vocabulary (pg_trgm `%`, served by a trigram index), preferring common
// words on ties. Returns null when nothing would change.
export async function suggestCorrection(db: Db, q: string): Promise<string | null> {
  const words = q.toLowerCase().match(WORD) ?? [];
  if (words.length === 0 || words.length > 6) return null;
  const corrected = await Promise.all(words.map((w) => (w.length < 3 || /\d/.test(w) ? w : closestTerm(db, w))));
  const suggestion = corrected.join(" ");
  return suggestion === words.join(" ") ? null : suggestion;
}

async function closestTerm(db: Db, word: string): Promise<string> {
  const [best] = await db
    .select({ word: catalogTerms.word })
    .from(catalogTerms)
    .where(sql`${catalogTerms.word} % ${word}`)
    .orderBy(desc(sql`similarity(${catalogTerms.word}, ${word})`), desc(catalogTerms.frequency))
    .limit(1);
  return best?.word ?? word;
}
