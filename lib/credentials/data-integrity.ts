import { DataIntegrityProof } from "@digitalbazaar/data-integrity";
import * as Ed25519Multikey from "@digitalbazaar/ed25519-multikey";
import { cryptosuite as eddsaRdfc2022 } from "@digitalbazaar/eddsa-rdfc-2022-cryptosuite";
import * as vc from "@digitalbazaar/vc";
import { createHash } from "node:crypto";
import jsigs from "jsonld-signatures";
import type { DocumentLoader } from "./document-loader";

export type SigningKey = { verificationMethod: string; controller: string; publicKeyMultibase: string; secretKeyMultibase: string };

/** The signing suite: Data Integrity, cryptosuite eddsa-rdfc-2022 (RDF canonicalization, safe mode). */
export async function signingSuite(key: SigningKey, date: Date) {
  const keyPair = await Ed25519Multikey.from({
    id: key.verificationMethod,
    controller: key.controller,
    publicKeyMultibase: key.publicKeyMultibase,
    secretKeyMultibase: key.secretKeyMultibase,
  });
  return new DataIntegrityProof({ signer: keyPair.signer(), cryptosuite: eddsaRdfc2022, date });
}

export function verifyingSuite() {
  return new DataIntegrityProof({ cryptosuite: eddsaRdfc2022 });
}

/** Adds a Data Integrity proof to an unsigned credential (vc.issue checks the VC data model first). */
export async function signCredential<T extends object>(credential: T, key: SigningKey, date: Date, documentLoader: DocumentLoader) {
  const suite = await signingSuite(key, date);
  return (await vc.issue({ credential: structuredClone(credential), suite, documentLoader })) as T & { proof: Record<string, unknown> };
}

/**
 * Checks only the proof: the signature over the canonical document, and that the
 * verification method is an assertion method of its controller. Dates and status are
 * checked separately so each can be reported on its own.
 */
export async function verifyProof(document: object, documentLoader: DocumentLoader): Promise<{ verified: boolean; error?: string }> {
  try {
    const result = await jsigs.verify(document, {
      suite: verifyingSuite(),
      purpose: new jsigs.purposes.AssertionProofPurpose(),
      documentLoader,
    });
    if (result.verified) return { verified: true };
    const errors = result.error?.errors ?? [];
    return { verified: false, error: errors.map((e) => e.message).join("; ") || result.error?.message || "The proof does not verify." };
  } catch (error) {
    return { verified: false, error: error instanceof Error ? error.message : String(error) };
  }
}

// Proofs that verified, by the sha256 of the document's JSON. The same bytes with the
// same (never deleted) key verify the same way forever, so a verification page or a
// status list checked again skips the canonicalization and signature work. Failures
// are not remembered: they are recomputed, so a passing database hiccup never sticks.
const verifiedProofs = new Map<string, true>();
const MAX_REMEMBERED = 5_000;

export async function verifyProofCached(document: object, documentLoader: DocumentLoader): Promise<{ verified: boolean; error?: string }> {
  const key = createHash("sha256").update(JSON.stringify(document)).digest("base64url");
  if (verifiedProofs.has(key)) return { verified: true };
  const result = await verifyProof(document, documentLoader);
  if (result.verified) {
    if (verifiedProofs.size >= MAX_REMEMBERED) verifiedProofs.delete(verifiedProofs.keys().next().value!);
    verifiedProofs.set(key, true);
  }
  return result;
}
