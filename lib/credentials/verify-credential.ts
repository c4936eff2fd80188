import { eq } from "drizzle-orm";
import { checkStatus } from "@digitalbazaar/vc-bitstring-status-list";
import type { Db } from "@/db";
import { credentials } from "@/db/schema";
import { appDocumentLoader } from "./app-document-loader";
import { VC_V2_CONTEXT } from "./contexts";
import { ourCredentialId } from "./credential-urls";
import { verifyingSuite, verifyProofCached } from "./data-integrity";
import type { DocumentLoader } from "./document-loader";
import { openBadgeProblems } from "./ob-schema";

export type CheckStatus = "passed" | "failed" | "skipped";
export type VerificationCheck = { id: "format" | "proof" | "issuer" | "dates" | "status"; label: string; status: CheckStatus; detail: string };
export type VerificationOutcome = "valid" | "expired" | "revoked" | "invalid" | "not_yet_valid";
export type VerificationResult = {
  outcome: VerificationOutcome;
  checks: VerificationCheck[];
  revocationReason: string | null;
};

type Json = Record<string, unknown>;
const isObject = (v: unknown): v is Json => typeof v === "object" && v !== null && !Array.isArray(v);
const idOf = (v: unknown) => (typeof v === "string" ? v : isObject(v) && typeof v.id === "string" ? v.id : undefined);

/**
 * Verifies a credential from its own content: the OB 3.0 / VC 2.0 shape, the Data
 * Integrity proof (eddsa-rdfc-2022) and that its key belongs to the issuer, the
 * validity dates, and the status list bit. Every check is reported on its own.
 */
export async function verifyCredentialDocument(
  db: Db,
  document: unknown,
  options: { appUrl: string; now?: Date; documentLoader?: DocumentLoader },
): Promise<VerificationResult> {
  const now = options.now ?? new Date();
  const loader = options.documentLoader ?? appDocumentLoader(db, options.appUrl);
  const checks: VerificationCheck[] = [];
  if (!isObject(document)) {
    return { outcome: "invalid", revocationReason: null, checks: [{ id: "format", label: "Format", status: "failed", detail: "The credential is not a JSON object." }] };
  }

  const types = Array.isArray(document.type) ? document.type : [document.type];
  const contexts = Array.isArray(document["@context"]) ? document["@context"] : [document["@context"]];
  if (types.includes("OpenBadgeCredential")) {
    const problems = openBadgeProblems(document);
    checks.push(
      problems
        ? { id: "format", label: "Open Badges 3.0 format", status: "failed", detail: problems.slice(0, 5).join("; ") }
        : { id: "format", label: "Open Badges 3.0 format", status: "passed", detail: "Required fields, types, context order and identifiers meet OB 3.0." },
    );
  } else {
    const ok = contexts[0] === VC_V2_CONTEXT && types.includes("VerifiableCredential");
    checks.push({
      id: "format",
      label: "Verifiable Credential format",
      status: ok ? "passed" : "failed",
      detail: ok ? "A W3C Verifiable Credential 2.0." : "Not a W3C Verifiable Credential 2.0 (its first context and type must be the VC 2.0 ones).",
    });
  }

  const proofs = (Array.isArray(document.proof) ? document.proof : [document.proof]).filter(isObject);
  const proof = proofs[0];
  if (!proof) {
    checks.push({ id: "proof", label: "Signature", status: "failed", detail: "The credential has no proof." });
  } else if (proof.type !== "DataIntegrityProof" || proof.cryptosuite !== "eddsa-rdfc-2022") {
    checks.push({ id: "proof", label: "Signature", status: "failed", detail: `Unsupported proof: ${String(proof.type)} / ${String(proof.cryptosuite)} (we verify DataIntegrityProof eddsa-rdfc-2022).` });
  } else {
    const result = await verifyProofCached(document, loader);
    checks.push(
      result.verified
        ? { id: "proof", label: "Signature", status: "passed", detail: "The eddsa-rdfc-2022 Data Integrity proof matches the content." }
        : { id: "proof", label: "Signature", status: "failed", detail: result.error ?? "The proof does not match the content." },
    );
  }
  checks.push(await issuerCheck(document, proof, loader));
  checks.push(datesCheck(document, now));
  const status = await statusCheck(document, loader);
  checks.push(status.check);

  let revocationReason: string | null = null;
  if (status.revoked) {
    const ours = ourCredentialId(options.appUrl, document.id);
    if (ours) {
      const [row] = await db.select({ reason: credentials.revocationReason }).from(credentials).where(eq(credentials.id, ours)).limit(1);
      revocationReason = row?.reason ?? null;
    }
  }
  const failed = (id: VerificationCheck["id"]) => checks.some((c) => c.id === id && c.status === "failed");
  const dates = checks.find((c) => c.id === "dates")!;
  let outcome: VerificationOutcome = "valid";
  if (failed("format") || failed("proof") || failed("issuer") || (failed("status") && !status.revoked)) outcome = "invalid";
  else if (status.revoked) outcome = "revoked";
  else if (dates.status === "failed") outcome = dates.detail.startsWith("Not valid before") ? "not_yet_valid" : "expired";
  return { outcome, checks, revocationReason };
}

/** The controller of the proof's verification method, or an error message. */
async function keyController(proof: Json | undefined, loader: DocumentLoader): Promise<{ controller?: string; error?: string }> {
  const method = proof && typeof proof.verificationMethod === "string" ? proof.verificationMethod : undefined;
  if (!method) return { error: "The proof names no verification method." };
  try {
    const { document: key } = await loader(method);
    return { controller: isObject(key) ? idOf(key.controller) : undefined };
  } catch {
    return { error: `The signing key ${method} is not one of our issuers' keys, nor a did:key.` };
  }
}

// The proof's key must be controlled by the credential's issuer, not just by anyone.
async function issuerCheck(document: Json, proof: Json | undefined, loader: DocumentLoader): Promise<VerificationCheck> {
  const label = "Issuer";
  const issuer = idOf(document.issuer);
  if (!issuer) return { id: "issuer", label, status: "failed", detail: "The credential names no issuer." };
  const { controller, error } = await keyController(proof, loader);
  if (error) return { id: "issuer", label, status: "failed", detail: error };
  if (controller === issuer) return { id: "issuer", label, status: "passed", detail: `Signed with a key of ${issuer}.` };
  return { id: "issuer", label, status: "failed", detail: `The signing key belongs to ${controller ?? "nobody we know"}, not to the issuer ${issuer}.` };
}

function datesCheck(document: Json, now: Date): VerificationCheck {
  const label = "Validity dates";
  const parse = (v: unknown) => (typeof v === "string" && /(Z|[+-]\d{2}:\d{2})$/.test(v) ? new Date(v) : null);
  const from = parse(document.validFrom);
  if (!from || Number.isNaN(from.getTime())) return { id: "dates", label, status: "failed", detail: "validFrom is missing or has no time zone." };
  if (from > now) return { id: "dates", label, status: "failed", detail: `Not valid before ${from.toISOString()}.` };
  if (document.validUntil !== undefined) {
    const until = parse(document.validUntil);
    if (!until || Number.isNaN(until.getTime())) return { id: "dates", label, status: "failed", detail: "validUntil has no time zone or is not a date." };
    if (until <= now) return { id: "dates", label, status: "failed", detail: `Expired on ${until.toISOString()}.` };
    return { id: "dates", label, status: "passed", detail: `Valid from ${from.toISOString()} until ${until.toISOString()}.` };
  }
  return { id: "dates", label, status: "passed", detail: `Valid from ${from.toISOString()}, no expiry.` };
}

async function statusCheck(document: Json, loader: DocumentLoader): Promise<{ check: VerificationCheck; revoked: boolean }> {
  const label = "Revocation status";
  if (document.credentialStatus === undefined) {
    return { revoked: false, check: { id: "status", label, status: "skipped", detail: "The credential has no status entry, so it cannot be revoked." } };
  }
  // Each status list credential must be signed by its issuer (the same issuer as the
  // credential: checkStatus compares them). Its proof is checked here, with the cache,
  // instead of inside checkStatus, which would re-verify the list on every request.
  const entries = (Array.isArray(document.credentialStatus) ? document.credentialStatus : [document.credentialStatus]).filter(isObject);
  for (const entry of entries) {
    if (typeof entry.statusListCredential !== "string") continue;
    let list: unknown;
    try {
      list = (await loader(entry.statusListCredential)).document;
    } catch {
      return { revoked: false, check: { id: "status", label, status: "failed", detail: `The status list ${entry.statusListCredential} is not one we can load (we fetch nothing from other sites).` } };
    }
    const listProblem = isObject(list) ? await statusListProblem(list, loader) : "it is not a JSON object";
    if (listProblem) return { revoked: false, check: { id: "status", label, status: "failed", detail: `The status list could not be trusted: ${listProblem}.` } };
  }
  const result = await checkStatus({ credential: document, documentLoader: loader, suite: verifyingSuite(), verifyBitstringStatusListCredential: false, verifyMatchingIssuers: true });
  if (!result.verified) {
    return { revoked: false, check: { id: "status", label, status: "failed", detail: `The status list could not be checked: ${result.error?.message ?? "unknown error"}` } };
  }
  const revoked = (result.results ?? []).some((r) => r.status === true);
  return {
    revoked,
    check: revoked
      ? { id: "status", label, status: "failed", detail: "The issuer has revoked this credential (its bit is set in the signed status list)." }
      : { id: "status", label, status: "passed", detail: "Not revoked: its bit is clear in the issuer's signed status list." },
  };
}

async function statusListProblem(list: Json, loader: DocumentLoader): Promise<string | null> {
  const proofs = (Array.isArray(list.proof) ? list.proof : [list.proof]).filter(isObject);
  if (!proofs[0]) return "it is not signed";
  const proof = await verifyProofCached(list, loader);
  if (!proof.verified) return `its signature does not verify (${proof.error ?? "unknown"})`;
  const { controller, error } = await keyController(proofs[0], loader);
  if (error) return error;
  if (controller !== idOf(list.issuer)) return "it is not signed by its issuer";
  return null;
}
