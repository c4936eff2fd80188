// npm run db:seed [-- --courses N] — load the demo marketplace (idempotent), and in
// scale mode add generated courses up to N. Refuses to run in production.
import { parseArgs } from "node:util";
import { openDb } from "@/db/client";
import { dbTargetFromEnv } from "@/db";
import { seedDemo } from "@/db/seed/demo";
import { seedGeneratedCourses } from "@/db/seed/generate-courses";
import { env } from "@/lib/config/env";

async function main() {
  const { values } = parseArgs({ options: { courses: { type: "string" } } });
  const total = values.courses === undefined ? 0 : Number(values.courses);
  if (!Number.isInteger(total) || total < 0) throw new Error("--courses must be a whole number, e.g. --courses 100000");
  if (env().NODE_ENV === "production") throw new Error("The demo seed never runs in production (NODE_ENV=production).");

  const handle = await openDb(dbTargetFromEnv());
  try {
    await handle.migrate();
    let started = performance.now();
    const demo = await seedDemo(handle.db);
    console.info(
      `Demo marketplace: ${demo.providers} providers, ${demo.skills} skills, ${demo.courses} new courses (${demo.lessons} lessons), ${demo.users} new demo accounts in ${ms(started)}.`,
    );
    if (total > 0) {
      started = performance.now();
      const generated = await seedGeneratedCourses(handle.db, {
        total,
        onBatch: (done) => process.stdout.write(`\r  generated courses: ${done}/${total}`),
      });
      process.stdout.write("\n");
      console.info(`Scale mode: added ${generated.added} generated courses (now ${generated.total}) in ${ms(started)}.`);
    }
  } finally {
    await handle.close();
  }
}

function ms(since: number) {
  const elapsed = performance.now() - since;
  return elapsed > 2000 ? `${(elapsed / 1000).toFixed(1)} s` : `${Math.round(elapsed)} ms`;
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
