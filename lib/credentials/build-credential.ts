import { createHash, randomBytes } from "node:crypto";
import type { Achievement, Provider } from "@/db/schema";
import { OB_V3_CONTEXT, VC_V2_CONTEXT } from "./contexts";
import { achievementImageUrl, credentialUrl, statusListUrl } from "./credential-urls";
import { issuerProfile } from "./issuer-profile";

/** XML Schema dateTime in UTC without milliseconds, e.g. 2026-01-02T03:04:05Z. */
export const isoSeconds = (date: Date) => date.toISOString().replace(/\.\d{3}Z$/, "Z");

export type CredentialInput = {
  appUrl: string;
  credentialId: string;
  issuedAt: Date;
  validUntil: Date | null;
  provider: Pick<Provider, "slug" | "name" | "url" | "logoUrl" | "description">;
  achievement: Pick<Achievement, "id" | "name" | "description" | "criteria" | "achievementType" | "alignments">;
  courseTitle: string;
  learner: { name: string | null; email: string; salt?: string };
  status: { listId: string; index: number };
};

// OB 3.0 IdentityObject for an email: sha256 of the address + a per-credential salt,
// so the address is provable by its owner but not readable by anyone else.
export function emailIdentity(email: string, salt: string) {
  return {
    type: "IdentityObject",
    identityHash: `sha256$${createHash("sha256").update(email + salt).digest("hex")}`,
    identityType: "emailAddress",
    hashed: true,
    salt,
  };
}

/** The unsigned OpenBadgeCredential (OB 3.0, a VC 2.0 credential). */
export function buildCredential(input: CredentialInput) {
  const { appUrl, achievement, provider } = input;
  const id = credentialUrl(appUrl, input.credentialId);
  const statusList = statusListUrl(appUrl, input.status.listId);
  const identifiers: object[] = [];
  // The learner's name in the clear, when they have one; always the hashed email.
  if (input.learner.name) identifiers.push({ type: "IdentityObject", identityHash: input.learner.name, identityType: "name", hashed: false });
  identifiers.push(emailIdentity(input.learner.email, input.learner.salt ?? randomBytes(16).toString("hex")));
  return {
    "@context": [VC_V2_CONTEXT, OB_V3_CONTEXT],
    id,
    type: ["VerifiableCredential", "OpenBadgeCredential"],
    name: achievement.name,
    issuer: issuerProfile(provider, appUrl),
    validFrom: isoSeconds(input.issuedAt),
    ...(input.validUntil ? { validUntil: isoSeconds(input.validUntil) } : {}),
    credentialSubject: {
      type: ["AchievementSubject"],
      identifier: identifiers,
      achievement: {
        id: `urn:uuid:${achievement.id}`,
        type: ["Achievement"],
        achievementType: achievement.achievementType,
        name: achievement.name,
        description: achievement.description,
        criteria: { narrative: achievement.criteria },
        image: { id: achievementImageUrl(appUrl, provider.slug, achievement.id), type: "Image", caption: `${achievement.name} badge` },
        ...(achievement.alignments.length
          ? {
              alignment: achievement.alignments.map((a) => ({
                type: ["Alignment"],
                targetName: a.targetName,
                targetUrl: a.targetUrl,
                ...(a.targetDescription ? { targetDescription: a.targetDescription } : {}),
                ...(a.targetFramework ? { targetFramework: a.targetFramework } : {}),
                ...(a.targetCode ? { targetCode: a.targetCode } : {}),
              })),
            }
          : {}),
      },
    },
    credentialStatus: {
      id: `${statusList}#${input.status.index}`,
      type: "BitstringStatusListEntry",
      statusPurpose: "revocation",
      statusListIndex: String(input.status.index),
      statusListCredential: statusList,
    },
  };
}
