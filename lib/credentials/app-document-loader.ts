import { eq } from "drizzle-orm";
import type { DbOrTx } from "@/lib/audit/record-audit";
import { providers, statusLists } from "@/db/schema";
import { isUuid } from "./credential-urls";
import { resolveDidKey } from "./did-key";
import { createDocumentLoader, type DocumentLoader } from "./document-loader";
import { hasIssuerKey, listIssuerKeys } from "./issuer-keys";
import { issuerDocument, verificationMethodDocument } from "./issuer-profile";

const SLUG = /^[a-z0-9]+(-[a-z0-9]+)*$/;

/**
 * The document loader for signing and verifying: packaged contexts, plus our own
 * issuers (profile and keys), status lists (from the database) and did:key. Results are
 * memoized for the loader's life (one verification), never across requests, so a
 * revocation is seen at once.
 */
export function appDocumentLoader(db: DbOrTx, appUrl: string): DocumentLoader {
  const memo = new Map<string, Promise<object | undefined>>();
  return createDocumentLoader((url) => {
    let pending = memo.get(url);
    if (!pending) {
      pending = resolveOwnDocument(db, appUrl, url);
      memo.set(url, pending);
    }
    return pending;
  });
}

// Keys are never deleted nor moved to another issuer, so a key found once is
// remembered for the process: verifying skips two queries. Profiles and status lists
// are always read fresh (new keys, revocations).
const knownKeys = new Map<string, object>();
function rememberKey(url: string, method: object) {
  if (knownKeys.size >= 10_000) knownKeys.clear();
  knownKeys.set(url, method);
}

async function resolveOwnDocument(db: DbOrTx, appUrl: string, url: string): Promise<object | undefined> {
  if (url.startsWith("did:key:")) return resolveDidKey(url);
  const known = knownKeys.get(url);
  if (known) return known;
  const issuerPrefix = `${appUrl}/issuers/`;
  if (url.startsWith(issuerPrefix)) {
    const [slug, fragment, ...rest] = url.slice(issuerPrefix.length).split("#");
    if (!slug || !SLUG.test(slug) || rest.length) return undefined;
    const [provider] = await db.select().from(providers).where(eq(providers.slug, slug)).limit(1);
    if (!provider) return undefined;
    if (fragment !== undefined) {
      if (!(await hasIssuerKey(db, provider.id, fragment))) return undefined;
      const method = verificationMethodDocument(slug, fragment, appUrl);
      rememberKey(url, method);
      return method;
    }
    return issuerDocument(provider, await listIssuerKeys(db, provider.id), appUrl);
  }
  const statusPrefix = `${appUrl}/credentials/status/`;
  if (url.startsWith(statusPrefix)) {
    const listId = url.slice(statusPrefix.length);
    if (!isUuid(listId)) return undefined;
    const [list] = await db.select({ signedDocument: statusLists.signedDocument }).from(statusLists).where(eq(statusLists.id, listId)).limit(1);
    return list?.signedDocument ? (JSON.parse(list.signedDocument) as object) : undefined;
  }
  return undefined;
}
