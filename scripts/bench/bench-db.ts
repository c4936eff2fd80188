import postgres from "postgres";
import { openDb, type DbHandle } from "@/db/client";
import { seedDemo } from "@/db/seed/demo";
import { seedGeneratedCourses } from "@/db/seed/generate-courses";

const SERVER = process.env.BENCH_PG_SERVER ?? "postgres://postgres@127.0.0.1:5432";

/** A local Postgres database holding `courses` generated courses, created or topped up as needed. */
export async function benchDatabase(name: string, courses: number): Promise<{ url: string; handle: DbHandle }> {
  const admin = postgres(`${SERVER}/postgres`, { max: 1, onnotice: () => {} });
  const exists = await admin`select 1 from pg_database where datname = ${name}`;
  if (exists.length === 0) await admin.unsafe(`create database ${name}`);
  await admin.end();
  const url = `${SERVER}/${name}`;
  const handle = await openDb({ url });
  await handle.migrate();
  await seedDemo(handle.db);
  const started = performance.now();
  const { added } = await seedGeneratedCourses(handle.db, { total: courses, batchSize: 2000 });
  if (added > 0) console.info(`  ${name}: generated ${added} courses in ${((performance.now() - started) / 1000).toFixed(1)} s`);
  return { url, handle };
}
