import { describe, expect, it } from "vitest";
import { signCredential, verifyProof } from "@/lib/credentials/data-integrity";
import { CONTROLLER_TERMS } from "@/lib/credentials/contexts";
import { createDocumentLoader } from "@/lib/credentials/document-loader";

// The W3C "Data Integrity EdDSA Cryptosuites v1.0" test vector for eddsa-rdfc-2022
// (w3c/vc-di-eddsa, TestVectors/keyPair.json and TestVectors/eddsa-rdfc-2022/
// signedDataInt.json). Ed25519 signatures are deterministic, so signing the same
// document with the same key, proof options and time must give the published value.
const keyPair = {
  publicKeyMultibase: "z6MkrJVnaZkeFzdQyMZu1cgjg7k1pZZ6pvBQ7XJPt4swbTQ2",
  secretKeyMultibase: "z3u2en7t5LR2WtQH5PfFqMqwVHBeXouLzo6haApm8XHqvjxq",
};
const issuer = "https://vc.example/issuers/5678";
const verificationMethod = `${issuer}#${keyPair.publicKeyMultibase}`;
const expectedProofValue = "z21EVs3eXERqTn4acNHT9viboqgzUaQ3kTmhPT3eA8qrVPE7CrQq78WkzctnMX5W4CrzcKnHw8V6dvy5pgWYCU5e9";

const unsigned = {
  "@context": ["https://www.w3.org/ns/credentials/v2", "https://www.w3.org/ns/credentials/examples/v2"],
  id: "urn:uuid:58172aac-d8ba-11ed-83dd-0b3aef56cc33",
  type: ["VerifiableCredential", "AlumniCredential"],
  name: "Alumni Credential",
  description: "A minimum viable example of an Alumni Credential.",
  issuer,
  validFrom: "2023-01-01T00:00:00Z",
  credentialSubject: { id: "did:example:abcdefgh", alumniOf: "The School of Examples" },
};

// The spec's examples context, and the issuer's controller document (test only).
const loader = createDocumentLoader(
  async (url) => {
    if (url === verificationMethod) {
      return { "@context": "https://w3id.org/security/multikey/v1", id: verificationMethod, type: "Multikey", controller: issuer, publicKeyMultibase: keyPair.publicKeyMultibase };
    }
    if (url === issuer) {
      return { "@context": [CONTROLLER_TERMS], id: issuer, assertionMethod: [verificationMethod] };
    }
    return undefined;
  },
  new Map([["https://www.w3.org/ns/credentials/examples/v2", { "@context": { "@vocab": "https://www.w3.org/ns/credentials/examples#" } }]]),
);

describe("eddsa-rdfc-2022 known answer (W3C vc-di-eddsa test vector)", () => {
  it("reproduces the published proofValue from the published key pair", async () => {
    const signed = await signCredential(unsigned, { ...keyPair, verificationMethod, controller: issuer }, new Date("2023-02-24T23:36:38Z"), loader);
    expect(signed.proof).toEqual({
      type: "DataIntegrityProof",
      cryptosuite: "eddsa-rdfc-2022",
      created: "2023-02-24T23:36:38Z",
      verificationMethod,
      proofPurpose: "assertionMethod",
      proofValue: expectedProofValue,
    });
  });

  it("verifies the published signed credential, and rejects it once a field changes", async () => {
    const published = { ...unsigned, proof: { type: "DataIntegrityProof", cryptosuite: "eddsa-rdfc-2022", created: "2023-02-24T23:36:38Z", verificationMethod, proofPurpose: "assertionMethod", proofValue: expectedProofValue } };
    expect(await verifyProof(published, loader)).toEqual({ verified: true });
    const tampered = { ...published, credentialSubject: { ...published.credentialSubject, alumniOf: "Another School" } };
    expect((await verifyProof(tampered, loader)).verified).toBe(false);
  });
});
