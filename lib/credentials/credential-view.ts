import type { AchievementAlignment } from "@/db/schema";

// What the public page shows, read from the signed document itself: the page shows
// exactly what the credential asserts, nothing the database might say differently.
export type CredentialView = {
  name: string;
  issuer: { id: string; name: string; url: string | null };
  achievement: { name: string; description: string; criteria: string; achievementType: string | null; imageUrl: string | null; alignments: AchievementAlignment[] };
  learnerName: string | null;
  validFrom: string | null;
  validUntil: string | null;
};

type Json = Record<string, unknown>;
const obj = (v: unknown): Json => (typeof v === "object" && v !== null && !Array.isArray(v) ? (v as Json) : {});
const str = (v: unknown): string | null => (typeof v === "string" ? v : null);

export function credentialView(document: unknown): CredentialView {
  const doc = obj(document);
  const issuer = obj(doc.issuer);
  const subject = obj(doc.credentialSubject);
  const achievement = obj(subject.achievement);
  const identifiers = Array.isArray(subject.identifier) ? subject.identifier.map(obj) : [];
  const nameIdentity = identifiers.find((i) => i.identityType === "name" && i.hashed === false);
  const alignments = (Array.isArray(achievement.alignment) ? achievement.alignment.map(obj) : []).map((a) => ({
    targetName: str(a.targetName) ?? "",
    targetUrl: str(a.targetUrl) ?? "",
    ...(str(a.targetFramework) ? { targetFramework: str(a.targetFramework)! } : {}),
    ...(str(a.targetCode) ? { targetCode: str(a.targetCode)! } : {}),
  }));
  return {
    name: str(doc.name) ?? str(achievement.name) ?? "Credential",
    issuer: { id: str(issuer.id) ?? str(doc.issuer) ?? "", name: str(issuer.name) ?? str(doc.issuer) ?? "Unknown issuer", url: str(issuer.url) },
    achievement: {
      name: str(achievement.name) ?? "",
      description: str(achievement.description) ?? "",
      criteria: str(obj(achievement.criteria).narrative) ?? "",
      achievementType: str(achievement.achievementType),
      imageUrl: str(obj(achievement.image).id) ?? str(achievement.image),
      alignments,
    },
    learnerName: str(nameIdentity?.identityHash),
    validFrom: str(doc.validFrom),
    validUntil: str(doc.validUntil),
  };
}

/** LinkedIn's "Add to profile" link for a certification. */
export function linkedInAddToProfileUrl(input: { name: string; organizationName: string; issuedAt: Date; certUrl: string; certId: string; expiresAt?: Date | null }) {
  const params = new URLSearchParams({
    startTask: "CERTIFICATION_NAME",
    name: input.name,
    organizationName: input.organizationName,
    issueYear: String(input.issuedAt.getUTCFullYear()),
    issueMonth: String(input.issuedAt.getUTCMonth() + 1),
    certUrl: input.certUrl,
    certId: input.certId,
  });
  if (input.expiresAt) {
    params.set("expirationYear", String(input.expiresAt.getUTCFullYear()));
    params.set("expirationMonth", String(input.expiresAt.getUTCMonth() + 1));
  }
  return `https://www.linkedin.com/profile/add?${params.toString()}`;
}
