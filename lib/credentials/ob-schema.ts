import { Ajv2020 } from "ajv/dist/2020";
import addFormats from "ajv-formats";

// The Open Badges 3.0 rules an OpenBadgeCredential must meet (1EdTech OB 3.0 spec,
// AchievementCredential data model, and the VC 2.0 rules it builds on): required
// fields and their types, context order, Image objects, and identifiers as URIs.
// Written from the spec's data model tables and 1EdTech's published JSON schema
// (github.com/1EdTech/openbadges-specification, docs/schema/achievementcredential.json):
// that file still describes the VC 1.1 shape (issuanceDate), so it cannot be vendored
// as is for VC 2.0 credentials (validFrom); its enumerations are carried over here.
const identifierTypes = ["name", "sourcedId", "systemId", "productId", "userName", "accountId", "emailAddress", "nationalIdentityNumber", "isbn", "issn", "lisSourcedId", "oneRosterSourcedId", "sisSourcedId", "ltiContextId", "ltiDeploymentId", "ltiToolId", "ltiPlatformId", "ltiUserId", "identifier"];
const uri = { type: "string", format: "uri" } as const;
const typeContaining = (name: string) => ({
  anyOf: [{ const: name }, { type: "array", contains: { const: name }, items: { type: "string" } }],
});
const image = {
  type: "object",
  required: ["id", "type"],
  properties: { id: uri, type: { const: "Image" }, caption: { type: "string" } },
};
const dateTime = { type: "string", format: "date-time", pattern: "(Z|[+-]\\d{2}:\\d{2})$" } as const;

export const openBadgeCredentialSchema = {
  $schema: "https://json-schema.org/draft/2020-12/schema",
  $id: "https://microcred.example/schemas/ob-v3p0-achievementcredential.json",
  type: "object",
  required: ["@context", "id", "type", "issuer", "validFrom", "credentialSubject", "name"],
  properties: {
    "@context": {
      type: "array",
      minItems: 2,
      prefixItems: [
        { const: "https://www.w3.org/ns/credentials/v2" },
        { type: "string", pattern: "^https://purl\\.imsglobal\\.org/spec/ob/v3p0/context(-3\\.0\\.\\d+)?\\.json$" },
      ],
    },
    id: uri,
    type: { type: "array", allOf: [{ contains: { const: "VerifiableCredential" } }, { contains: { const: "OpenBadgeCredential" } }], items: { type: "string" } },
    name: { type: "string", minLength: 1 },
    description: { type: "string" },
    issuer: {
      type: "object",
      required: ["id", "type", "name"],
      properties: {
        id: uri,
        type: typeContaining("Profile"),
        name: { type: "string", minLength: 1 },
        url: uri,
        image,
      },
    },
    validFrom: dateTime,
    validUntil: dateTime,
    credentialSubject: {
      type: "object",
      required: ["type", "achievement"],
      anyOf: [{ required: ["id"] }, { required: ["identifier"] }],
      properties: {
        id: uri,
        type: typeContaining("AchievementSubject"),
        identifier: {
          type: "array",
          minItems: 1,
          items: {
            type: "object",
            required: ["type", "identityHash", "identityType", "hashed"],
            properties: {
              type: { const: "IdentityObject" },
              identityHash: { type: "string", minLength: 1 },
              identityType: { anyOf: [{ enum: identifierTypes }, { type: "string", pattern: "^ext:[A-Za-z0-9._-]+$" }] },
              hashed: { type: "boolean" },
              salt: { type: "string" },
            },
          },
        },
        achievement: {
          type: "object",
          required: ["id", "type", "name", "description", "criteria"],
          properties: {
            id: uri,
            type: typeContaining("Achievement"),
            name: { type: "string", minLength: 1 },
            description: { type: "string", minLength: 1 },
            achievementType: { type: "string" },
            criteria: { type: "object", anyOf: [{ required: ["id"] }, { required: ["narrative"] }], properties: { id: uri, narrative: { type: "string" } } },
            image,
            alignment: {
              type: "array",
              items: {
                type: "object",
                required: ["type", "targetName", "targetUrl"],
                properties: {
                  type: typeContaining("Alignment"),
                  targetName: { type: "string", minLength: 1 },
                  targetUrl: uri,
                  targetFramework: { type: "string" },
                  targetCode: { type: "string" },
                },
              },
            },
          },
        },
      },
    },
    credentialStatus: {
      type: "object",
      required: ["type"],
      properties: { id: uri, type: { type: "string" } },
    },
    proof: {
      anyOf: [
        { type: "object", required: ["type", "proofPurpose", "verificationMethod"] },
        { type: "array", minItems: 1, items: { type: "object", required: ["type", "proofPurpose", "verificationMethod"] } },
      ],
    },
  },
} as const;

const ajv = new Ajv2020({ allErrors: true, strict: false });
addFormats(ajv);
const validate = ajv.compile(openBadgeCredentialSchema);

/** Null when the document meets the OB 3.0 rules, else the list of problems. */
export function openBadgeProblems(document: unknown): string[] | null {
  if (validate(document)) return null;
  return (validate.errors ?? []).map((e) => `${e.instancePath || "(document)"} ${e.message ?? "is invalid"}`);
}
