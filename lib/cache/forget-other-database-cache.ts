import { mkdir, readFile, rm, writeFile } from "node:fs/promises";
import path from "node:path";

/**
 * Without Redis, Next.js keeps data (unstable_cache) and ISR pages in files under the
 * build directory. The same build started on another database must not serve them:
 * when the database identity differs from the one the files were made with, they go.
 */
export async function forgetOtherDatabaseCache(identity: string, distDir = path.resolve(".next")): Promise<boolean> {
  const marker = path.join(distDir, "cache", "microcred-database-identity");
  const previous = await readFile(marker, "utf8").catch(() => null);
  if (previous?.trim() === identity) return false;
  await rm(path.join(distDir, "cache", "fetch-cache"), { recursive: true, force: true });
  await rm(path.join(distDir, "server", "route-cache"), { recursive: true, force: true });
  await mkdir(path.dirname(marker), { recursive: true });
  await writeFile(marker, identity);
  return previous !== null;
}
