import { and, desc, eq } from "drizzle-orm";
import * as Ed25519Multikey from "@digitalbazaar/ed25519-multikey";
import type { Db } from "@/db";
import { issuerKeys, providers } from "@/db/schema";
import type { DbOrTx } from "@/lib/audit/record-audit";
import type { SigningKey } from "./data-integrity";
import { credentialsMasterKey } from "./master-key";
import { decryptSecret, encryptSecret } from "./key-encryption";
import { issuerUrl, verificationMethodUrl } from "./credential-urls";

async function insertKey(db: DbOrTx, providerId: string) {
  const keyPair = await Ed25519Multikey.generate();
  const exported = await keyPair.export({ publicKey: true, secretKey: true });
  const publicKeyMultibase = exported.publicKeyMultibase!;
  const [row] = await db
    .insert(issuerKeys)
    .values({
      providerId,
      publicKeyMultibase,
      encryptedSecretKey: encryptSecret(exported.secretKeyMultibase!, credentialsMasterKey(), publicKeyMultibase),
    })
    .returning();
  return row!;
}

/** The issuer's current (newest) key, created on first use. */
export async function ensureIssuerKey(db: DbOrTx, providerId: string) {
  const existing = await newestKey(db, providerId);
  if (existing) return existing;
  return db.transaction(async (tx) => {
    // Lock the provider row so two first issues at once create one key, not two.
    await tx.select({ id: providers.id }).from(providers).where(eq(providers.id, providerId)).for("update");
    return (await newestKey(tx, providerId)) ?? insertKey(tx, providerId);
  });
}

/** Adds a new key that signs from now on; older keys stay published and keep verifying. */
export async function rotateIssuerKey(db: Db, providerId: string) {
  return insertKey(db, providerId);
}

async function newestKey(db: DbOrTx, providerId: string) {
  const [row] = await db.select().from(issuerKeys).where(eq(issuerKeys.providerId, providerId)).orderBy(desc(issuerKeys.createdAt), desc(issuerKeys.id)).limit(1);
  return row;
}

export async function listIssuerKeys(db: DbOrTx, providerId: string) {
  return db.select({ publicKeyMultibase: issuerKeys.publicKeyMultibase, createdAt: issuerKeys.createdAt }).from(issuerKeys).where(eq(issuerKeys.providerId, providerId)).orderBy(issuerKeys.createdAt);
}

export async function hasIssuerKey(db: DbOrTx, providerId: string, publicKeyMultibase: string) {
  const [row] = await db
    .select({ id: issuerKeys.id })
    .from(issuerKeys)
    .where(and(eq(issuerKeys.providerId, providerId), eq(issuerKeys.publicKeyMultibase, publicKeyMultibase)))
    .limit(1);
  return Boolean(row);
}

/** The newest key of a provider, decrypted, as the signer needs it. */
export async function loadSigningKey(db: DbOrTx, provider: { id: string; slug: string }, appUrl: string): Promise<SigningKey> {
  const key = await ensureIssuerKey(db, provider.id);
  return {
    controller: issuerUrl(appUrl, provider.slug),
    verificationMethod: verificationMethodUrl(appUrl, provider.slug, key.publicKeyMultibase),
    publicKeyMultibase: key.publicKeyMultibase,
    secretKeyMultibase: decryptSecret(key.encryptedSecretKey, credentialsMasterKey(), key.publicKeyMultibase),
  };
}
