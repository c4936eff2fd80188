import { and, eq } from "drizzle-orm";
import type { Db } from "@/db";
import { credentials } from "@/db/schema";

/** The learner's choice whether their credential's public page shows their name. Only their own. */
export async function setNameVisibility(db: Db, input: { userId: string; credentialId: string; showName: boolean }) {
  const rows = await db
    .update(credentials)
    .set({ showName: input.showName })
    .where(and(eq(credentials.id, input.credentialId), eq(credentials.userId, input.userId)))
    .returning({ id: credentials.id });
  return rows.length > 0;
}
