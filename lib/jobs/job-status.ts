import { and, count, desc, eq } from "drizzle-orm";
import type { Db } from "@/db";
import type { SessionUser } from "@/lib/auth/load-session-user";
import { assertAdmin } from "@/lib/auth/policy";
import { jobKinds, type JobKind } from "./job-kinds";
import { bossJobs, jobStates } from "./pgboss-tables";

export type JobState = (typeof jobStates)[number];
export type JobCounts = Record<JobKind, Record<JobState, number>>;

/** Jobs per kind and state (completed jobs stay until pg-boss archives them after 12 h). */
export async function countJobs(db: Db, input: { actor: SessionUser | null }): Promise<JobCounts> {
  assertAdmin(input.actor);
  const rows = await db.select({ name: bossJobs.name, state: bossJobs.state, n: count() }).from(bossJobs).groupBy(bossJobs.name, bossJobs.state);
  const counts = Object.fromEntries(jobKinds.map((kind) => [kind, Object.fromEntries(jobStates.map((s) => [s, 0]))])) as JobCounts;
  for (const row of rows) if (row.name in counts) counts[row.name as JobKind][row.state] = row.n;
  return counts;
}

export type FailedJob = { id: string; kind: string; attempts: number; failedAt: Date | null; createdAt: Date; error: string; subject: string };

function errorOf(output: unknown): string {
  if (output && typeof output === "object" && "message" in output) return String((output as { message: unknown }).message);
  return "No error recorded";
}

// What the job is about, without its payload: a mail job's text may be a sealed link.
function subjectOf(data: unknown): string {
  if (!data || typeof data !== "object") return "";
  const d = data as Record<string, unknown>;
  if (typeof d.key === "string") return `${d.key} → ${String(d.to ?? "")}`;
  return ["orderId", "enrollmentId", "reason"].map((k) => (typeof d[k] === "string" ? `${k} ${String(d[k])}` : null)).filter(Boolean).join(", ");
}

/** The dead letters: jobs whose every attempt failed, newest first, each with its last error. */
export async function listFailedJobs(db: Db, input: { actor: SessionUser | null; limit?: number }): Promise<FailedJob[]> {
  assertAdmin(input.actor);
  const rows = await db
    .select()
    .from(bossJobs)
    .where(eq(bossJobs.state, "failed"))
    .orderBy(desc(bossJobs.completedOn), desc(bossJobs.id))
    .limit(input.limit ?? 50);
  return rows.map((r) => ({
    id: r.id,
    kind: r.name,
    attempts: r.retryCount + 1,
    failedAt: r.completedOn,
    createdAt: r.createdOn,
    error: errorOf(r.output),
    subject: subjectOf(r.data),
  }));
}

export async function findJob(db: Db, input: { kind: string; id: string }) {
  const [row] = await db.select().from(bossJobs).where(and(eq(bossJobs.name, input.kind), eq(bossJobs.id, input.id)));
  return row ?? null;
}
