// Runs once when the server starts: apply committed migrations, and on a fresh
// embedded database in development, load the demo marketplace so that
// `npm run dev` on a new clone shows something real.
import { env } from "@/lib/config/env";
import { getDbHandle } from "./index";
import { providers } from "./schema";

export async function prepareDatabase(): Promise<void> {
  const config = env();
  const handle = await getDbHandle();
  await handle.migrate();

  const embedded = handle.driver === "pglite";
  const wantsDemo = embedded && config.SEED_DEMO === "auto" && config.NODE_ENV !== "production";
  if (!wantsDemo) return;

  const existing = await handle.db.select({ id: providers.id }).from(providers).limit(1);
  if (existing.length > 0) return;

  const { seedDemo } = await import("./seed/demo");
  const started = performance.now();
  const result = await seedDemo(handle.db);
  console.info(
    `[microcred] seeded demo marketplace: ${result.courses} courses from ${result.providers} providers in ${Math.round(performance.now() - started)} ms`,
  );
}
