import { and, asc, eq, isNotNull, lt, sql } from "drizzle-orm";
import { createCredential, createList } from "@digitalbazaar/vc-bitstring-status-list";
import type { Db } from "@/db";
import { credentials, providers, statusLists } from "@/db/schema";
import type { DbOrTx } from "@/lib/audit/record-audit";
import { statusListUrl, issuerUrl } from "./credential-urls";
import { signCredential } from "./data-integrity";
import { appDocumentLoader } from "./app-document-loader";
import { loadSigningKey } from "./issuer-keys";

/**
 * Takes the next free index of the provider's open status list (one atomic UPDATE, so
 * parallel issues never share an index), opening a new signed list when all are full.
 */
export async function allocateStatusIndex(db: Db, provider: { id: string; slug: string }, appUrl: string) {
  for (let attempt = 0; attempt < 3; attempt++) {
    const open = db
      .select({ id: statusLists.id })
      .from(statusLists)
      .where(and(eq(statusLists.providerId, provider.id), lt(statusLists.nextIndex, statusLists.length)))
      .orderBy(asc(statusLists.createdAt), asc(statusLists.id))
      .limit(1);
    const [slot] = await db
      .update(statusLists)
      .set({ nextIndex: sql`${statusLists.nextIndex} + 1` })
      .where(and(eq(statusLists.id, sql`(${open})`), lt(statusLists.nextIndex, statusLists.length)))
      .returning({ listId: statusLists.id, index: sql<number>`${statusLists.nextIndex} - 1` });
    if (slot) return { listId: slot.listId, index: Number(slot.index) };
    const [created] = await db.insert(statusLists).values({ providerId: provider.id }).returning({ id: statusLists.id });
    await signStatusList(db, created!.id, appUrl);
  }
  throw new Error("Could not allocate a status list index");
}

/**
 * Signs the list's BitstringStatusListCredential from the credentials table: a bit is
 * set exactly for the revoked credentials at that index. Call inside the transaction
 * that revoked (with the list row locked) so the served list and the rows agree.
 */
export async function signStatusList(tx: DbOrTx, listId: string, appUrl: string) {
  const [row] = await tx
    .select({ length: statusLists.length, providerId: statusLists.providerId, slug: providers.slug })
    .from(statusLists)
    .innerJoin(providers, eq(providers.id, statusLists.providerId))
    .where(eq(statusLists.id, listId))
    .for("update", { of: statusLists });
  if (!row) throw new Error(`Status list ${listId} not found`);
  const revoked = await tx
    .select({ index: credentials.statusIndex })
    .from(credentials)
    .where(and(eq(credentials.statusListId, listId), isNotNull(credentials.revokedAt)));
  const list = await createList({ length: row.length });
  for (const { index } of revoked) list.setStatus(index, true);
  const id = statusListUrl(appUrl, listId);
  const unsigned = { ...(await createCredential({ id, list, statusPurpose: "revocation" })), issuer: issuerUrl(appUrl, row.slug), validFrom: new Date().toISOString().replace(/\.\d{3}Z$/, "Z") };
  const key = await loadSigningKey(tx, { id: row.providerId, slug: row.slug }, appUrl);
  const signed = await signCredential(unsigned, key, new Date(), appDocumentLoader(tx, appUrl));
  await tx.update(statusLists).set({ signedDocument: JSON.stringify(signed) }).where(eq(statusLists.id, listId));
  return signed;
}
