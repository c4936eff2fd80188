import { rmSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getLessonForLearner, getLearnerView } from "@/lib/learning/get-lesson-for-learner";
import { computeCourseProgress } from "@/lib/learning/course-progress";
import { markLessonComplete } from "@/lib/learning/mark-lesson-complete";
import { makeEnrolledLearner, makeLearningCourse, setEnrollmentStatus } from "../support/learning-fixtures";
import { createTestDb, type TestDb } from "../support/test-db";
import { makeUser } from "../support/users";
import { courses } from "@/db/schema";
import { eq } from "drizzle-orm";

// Completions send a congratulation mail; keep it out of the developer's outbox.
const outbox = `.data/test-outbox-learning-${process.pid}`;
process.env.MAIL_OUTBOX_DIR = outbox;

let t: TestDb;
let course: Awaited<ReturnType<typeof makeLearningCourse>>;
beforeAll(async () => {
  t = await createTestDb();
  course = await makeLearningCourse(t.db, { priceAmount: 0, modules: [{ lessons: [{ title: "Preview", isPreview: true }, { title: "Paid one" }] }] });
});
afterAll(async () => {
  await t?.close();
  rmSync(outbox, { recursive: true, force: true });
});

const open = (userId: string | null, lesson: number) => getLessonForLearner(t.db, { courseSlug: course.course.slug, lessonId: course.lessonIds[lesson]!, userId });

describe("who may open a lesson", () => {
  it("preview lessons are open to everyone, with their body", async () => {
    const anonymous = await open(null, 0);
    expect(anonymous).toMatchObject({ access: "open", hasAccess: false, lesson: { title: "Preview" } });
    const stranger = await makeUser(t.db);
    expect(await open(stranger.id, 0)).toMatchObject({ access: "open", hasAccess: false });
  });

  it("other lessons need sign-in, then an active enrollment; their body is never loaded otherwise", async () => {
    expect(await open(null, 1)).toMatchObject({ access: "signin", lesson: null });
    const stranger = await makeUser(t.db);
    expect(await open(stranger.id, 1)).toMatchObject({ access: "enroll", lesson: null });
    const { user } = await makeEnrolledLearner(t.db, course.course.id);
    expect(await open(user.id, 1)).toMatchObject({ access: "open", hasAccess: true, lesson: { title: "Paid one", body: expect.stringContaining("Body of Paid one") } });
  });

  it("moving on from a preview lesson never opens a paid one", async () => {
    const stranger = await makeUser(t.db);
    const view = (await getLearnerView(t.db, { courseSlug: course.course.slug, userId: stranger.id }))!;
    const next = computeCourseProgress(view.outline, view.progress).next;
    expect(next).toMatchObject({ id: course.lessonIds[0] }); // progress is not recorded without an enrollment
    await expect(markLessonComplete(t.db, { userId: stranger.id, courseId: course.course.id, lessonId: course.lessonIds[0]! })).rejects.toThrow(/Enroll/);
    expect(await open(stranger.id, 1)).toMatchObject({ access: "enroll", lesson: null });
  });

  for (const status of ["refunded", "revoked", "suspended"] as const) {
    it(`a ${status} enrollment loses access at once`, async () => {
      const { user, enrollment } = await makeEnrolledLearner(t.db, course.course.id);
      expect(await open(user.id, 1)).toMatchObject({ access: "open" });
      await setEnrollmentStatus(t.db, enrollment.id, status);
      expect(await open(user.id, 1)).toMatchObject({ access: "enroll", lesson: null });
      expect(await open(user.id, 0)).toMatchObject({ access: "open" }); // the preview stays open
    });
  }

  it("unknown lessons, lessons of another course and unpublished courses are not found", async () => {
    const other = await makeLearningCourse(t.db, { modules: [{ lessons: [{ title: "Elsewhere", isPreview: true }] }] });
    expect(await getLessonForLearner(t.db, { courseSlug: course.course.slug, lessonId: other.lessonIds[0]!, userId: null })).toBeNull();
    expect(await getLessonForLearner(t.db, { courseSlug: course.course.slug, lessonId: "00000000-0000-4000-8000-000000000000", userId: null })).toBeNull();
    await t.db.update(courses).set({ status: "draft" }).where(eq(courses.id, other.course.id));
    expect(await getLessonForLearner(t.db, { courseSlug: other.course.slug, lessonId: other.lessonIds[0]!, userId: null })).toBeNull();
  });
});
