// npm run credentials:rotate-key -- <provider-slug>
// Adds a new Ed25519 signing key for the issuer; it signs everything from now on.
// Old keys stay published in the issuer profile, so credentials they signed keep verifying.
import { eq } from "drizzle-orm";
import { openDb } from "@/db/client";
import { dbTargetFromEnv } from "@/db";
import { providers } from "@/db/schema";
import { env } from "@/lib/config/env";
import { verificationMethodUrl } from "@/lib/credentials/credential-urls";
import { listIssuerKeys, rotateIssuerKey } from "@/lib/credentials/issuer-keys";

async function main() {
  const slug = process.argv[2];
  if (!slug || !/^[a-z0-9]+(-[a-z0-9]+)*$/.test(slug)) throw new Error("Usage: npm run credentials:rotate-key -- <provider-slug>");
  const handle = await openDb(dbTargetFromEnv());
  try {
    const [provider] = await handle.db.select({ id: providers.id, slug: providers.slug }).from(providers).where(eq(providers.slug, slug));
    if (!provider) throw new Error(`No provider with the slug ${slug}.`);
    const key = await rotateIssuerKey(handle.db, provider.id);
    const keys = await listIssuerKeys(handle.db, provider.id);
    console.info(`New signing key for ${slug}: ${verificationMethodUrl(env().APP_URL, slug, key.publicKeyMultibase)}`);
    console.info(`${keys.length} key(s) published; older ones keep verifying what they signed.`);
  } finally {
    await handle.close();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
