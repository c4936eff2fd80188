// npm run db:migrate — apply the committed migrations to the configured database
// (PGlite under PGLITE_DIR, or DATABASE_URL).
import { openDb } from "@/db/client";
import { dbTargetFromEnv } from "@/db";

async function main() {
  const handle = await openDb(dbTargetFromEnv());
  try {
    await handle.migrate();
    console.info(`Migrations applied (${handle.driver}).`);
  } finally {
    await handle.close();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
