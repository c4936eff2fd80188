import type { Provider } from "@/db/schema";
import { CONTROLLER_TERMS, MULTIKEY_V1_CONTEXT, OB_V3_CONTEXT, VC_V2_CONTEXT } from "./contexts";
import { issuerUrl, verificationMethodUrl } from "./credential-urls";

type ProfileSource = Pick<Provider, "slug" | "name" | "url" | "logoUrl" | "description">;

/** The issuer as it appears inside a credential: an OB 3.0 Profile. */
export function issuerProfile(provider: ProfileSource, appUrl: string) {
  const id = issuerUrl(appUrl, provider.slug);
  return {
    id,
    type: ["Profile"],
    name: provider.name,
    url: provider.url ?? id,
    ...(provider.description ? { description: provider.description } : {}),
    ...(provider.logoUrl && /^https?:\/\//.test(provider.logoUrl) ? { image: { id: provider.logoUrl, type: "Image", caption: provider.name } } : {}),
  };
}

/**
 * The issuer's public JSON-LD document at /issuers/[slug]: its Profile plus every key
 * it has signed with (verificationMethod / assertionMethod), so a verifier can check
 * that a proof's key is controlled by the credential's issuer.
 */
export function issuerDocument(provider: ProfileSource, keys: { publicKeyMultibase: string }[], appUrl: string) {
  const profile = issuerProfile(provider, appUrl);
  const methods = keys.map((k) => ({
    id: verificationMethodUrl(appUrl, provider.slug, k.publicKeyMultibase),
    type: "Multikey",
    controller: profile.id,
    publicKeyMultibase: k.publicKeyMultibase,
  }));
  return {
    "@context": [VC_V2_CONTEXT, OB_V3_CONTEXT, MULTIKEY_V1_CONTEXT, CONTROLLER_TERMS],
    ...profile,
    verificationMethod: methods,
    assertionMethod: methods.map((m) => m.id),
  };
}

export function verificationMethodDocument(providerSlug: string, publicKeyMultibase: string, appUrl: string) {
  return {
    "@context": MULTIKEY_V1_CONTEXT,
    id: verificationMethodUrl(appUrl, providerSlug, publicKeyMultibase),
    type: "Multikey",
    controller: issuerUrl(appUrl, providerSlug),
    publicKeyMultibase,
  };
}
