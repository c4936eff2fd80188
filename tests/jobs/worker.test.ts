import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { credentials } from "@/db/schema";
import { enqueueJob } from "@/lib/jobs/enqueue-job";
import { startJobWorker, type JobWorker } from "@/lib/jobs/job-worker";
import { bossJobs } from "@/lib/jobs/pgboss-tables";
import { enqueueMail } from "@/lib/mail/enqueue-mail";
import { readOutbox } from "@/lib/mail/read-outbox";
import { markLessonComplete } from "@/lib/learning/mark-lesson-complete";
import { makeEnrolledLearner, makeLearningCourse } from "../support/learning-fixtures";
import { createTestDb, type TestDb } from "../support/test-db";

const outbox = mkdtempSync(path.join(tmpdir(), "microcred-worker-outbox-"));
process.env.MAIL_OUTBOX_DIR = outbox;

let t: TestDb;
let worker: JobWorker;
beforeAll(async () => {
  t = await createTestDb();
  worker = await startJobWorker(t, { pollMs: 60_000 }); // only NOTIFY can wake it within a test
});
afterAll(async () => {
  await worker?.stop();
  await t?.close();
  rmSync(outbox, { recursive: true, force: true });
});

async function waitFor<T>(probe: () => Promise<T | undefined>, timeoutMs = 10_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error("timed out");
    await new Promise((r) => setTimeout(r, 50));
  }
}

describe("the worker", () => {
  it("wakes on the commit of a job (NOTIFY), not on its polling interval", async () => {
    const started = Date.now();
    await t.db.transaction((tx) => enqueueMail(tx, { key: "wake-test", to: "wake@example.test", subject: "Woken", text: "hello" }));
    await waitFor(async () => (await readOutbox(outbox)).find((m) => m.to === "wake@example.test"));
    expect(Date.now() - started).toBeLessThan(10_000);
  });

  it("completing a course issues the credential and mails its link through the queue", async () => {
    const { course, lessonIds } = await makeLearningCourse(t.db, { modules: [{ lessons: [{ title: "Only lesson" }] }] });
    const { user } = await makeEnrolledLearner(t.db, course.id);
    await markLessonComplete(t.db, { userId: user.id, courseId: course.id, lessonId: lessonIds[0]! });
    const mail = await waitFor(async () => (await readOutbox(outbox)).find((m) => m.to === user.email && /You completed/.test(m.subject)));
    const [credential] = await t.db.select().from(credentials).where(eq(credentials.userId, user.id));
    expect(credential).toBeDefined();
    expect(mail.text).toContain(`/credentials/${credential!.id}`);
  });

  it("stop lets the jobs in hand finish, then takes no more", async () => {
    await worker.stop();
    await enqueueJob(t.db, "catalog-invalidate", { reason: "after stop" });
    await new Promise((r) => setTimeout(r, 300));
    const rows = await t.db.select().from(bossJobs).where(eq(bossJobs.name, "catalog-invalidate"));
    expect(rows.find((r) => (r.data as { reason: string }).reason === "after stop")?.state).toBe("created");
    worker = await startJobWorker(t, { pollMs: 60_000 });
    await waitFor(async () => {
      const [row] = (await t.db.select().from(bossJobs).where(eq(bossJobs.name, "catalog-invalidate"))).filter((r) => (r.data as { reason: string }).reason === "after stop");
      return row?.state === "completed" ? row : undefined;
    });
  });
});
