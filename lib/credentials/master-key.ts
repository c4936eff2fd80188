import { randomBytes } from "node:crypto";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { env } from "@/lib/config/env";

let cached: Buffer | undefined;

// The key that encrypts issuers' private keys. Production configures
// CREDENTIALS_MASTER_KEY (env validation enforces it); development and local test
// servers generate one under .data/ and keep it, so their keys stay readable.
export function credentialsMasterKey(): Buffer {
  if (cached) return cached;
  const configured = env().CREDENTIALS_MASTER_KEY;
  cached = configured ? Buffer.from(configured, "base64") : localMasterKey();
  return cached;
}

function localMasterKey(): Buffer {
  const file = path.resolve(".data", "credentials-master-key");
  mkdirSync(path.dirname(file), { recursive: true });
  try {
    // "wx": two processes starting at once never overwrite each other's key.
    writeFileSync(file, randomBytes(32).toString("base64"), { mode: 0o600, flag: "wx" });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
  }
  const key = Buffer.from(readFileSync(file, "utf8").trim(), "base64");
  if (key.length !== 32) throw new Error(`${file} does not hold a 32-byte base64 key`);
  return key;
}
