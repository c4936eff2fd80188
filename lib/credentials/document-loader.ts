import { staticContext } from "./contexts";

export type DocumentLoader = (url: string) => Promise<{ contextUrl: null; documentUrl: string; document: object }>;

// Resolves a URL that is not a packaged context: our issuers' profiles, keys and status
// lists (from the database), or did:key identifiers (computed from the key itself).
export type DynamicResolver = (url: string) => Promise<object | undefined>;

/**
 * A JSON-LD document loader that never touches the network: contexts come from npm
 * packages (lib/credentials/contexts.ts), everything else from `resolve`. Anything
 * else is refused, so verifying a credential cannot be used to make us fetch a URL.
 */
export function createDocumentLoader(resolve?: DynamicResolver, extraContexts?: ReadonlyMap<string, object>): DocumentLoader {
  return async (url: string) => {
    const document = staticContext(url) ?? extraContexts?.get(url) ?? (resolve ? await resolve(url) : undefined);
    if (!document) throw new Error(`Document not allowed or not found (never fetched): ${url}`);
    return { contextUrl: null, documentUrl: url, document };
  };
}
