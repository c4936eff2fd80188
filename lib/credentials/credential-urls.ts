// The public addresses of everything a credential points at. They are part of signed
// documents, so they must never change shape once credentials are issued.
export const issuerUrl = (appUrl: string, providerSlug: string) => `${appUrl}/issuers/${providerSlug}`;
export const verificationMethodUrl = (appUrl: string, providerSlug: string, publicKeyMultibase: string) =>
  `${issuerUrl(appUrl, providerSlug)}#${publicKeyMultibase}`;
export const credentialUrl = (appUrl: string, credentialId: string) => `${appUrl}/credentials/${credentialId}`;
export const statusListUrl = (appUrl: string, listId: string) => `${appUrl}/credentials/status/${listId}`;
export const achievementImageUrl = (appUrl: string, providerSlug: string, achievementId: string) =>
  `${issuerUrl(appUrl, providerSlug)}/achievements/${achievementId}/image.png`;

const UUID = "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}";

/** The id of one of our credentials from its URL, or null for anyone else's. */
export function ourCredentialId(appUrl: string, id: unknown): string | null {
  if (typeof id !== "string" || !id.startsWith(`${appUrl}/credentials/`)) return null;
  const rest = id.slice(`${appUrl}/credentials/`.length);
  return new RegExp(`^${UUID}$`).test(rest) ? rest : null;
}

export function isUuid(value: string): boolean {
  return new RegExp(`^${UUID}$`).test(value);
}
