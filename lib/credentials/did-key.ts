import { CONTROLLER_TERMS, MULTIKEY_V1_CONTEXT } from "./contexts";

// did:key carries its Ed25519 public key in the identifier itself, so a credential
// signed with one can be verified without asking anyone. Only Ed25519 (z6Mk…) keys,
// the only kind eddsa-rdfc-2022 signs with.
const ED25519_DID_KEY = /^did:key:(z6Mk[1-9A-HJ-NP-Za-km-z]{40,50})(#(z6Mk[1-9A-HJ-NP-Za-km-z]{40,50}))?$/;

export function resolveDidKey(url: string): object | undefined {
  const match = ED25519_DID_KEY.exec(url);
  if (!match) return undefined;
  const publicKeyMultibase = match[1]!;
  if (match[3] && match[3] !== publicKeyMultibase) return undefined;
  const did = `did:key:${publicKeyMultibase}`;
  const method = { id: `${did}#${publicKeyMultibase}`, type: "Multikey", controller: did, publicKeyMultibase };
  if (match[2]) return { "@context": MULTIKEY_V1_CONTEXT, ...method };
  return {
    "@context": [MULTIKEY_V1_CONTEXT, CONTROLLER_TERMS],
    id: did,
    verificationMethod: [method],
    assertionMethod: [method.id],
  };
}
