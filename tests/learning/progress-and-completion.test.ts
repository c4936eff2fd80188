import { count, eq } from "drizzle-orm";
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { enrollments, lessonProgress, lessons } from "@/db/schema";
import { completeCourseIfDone } from "@/lib/learning/complete-course-if-done";
import { computeCourseProgress } from "@/lib/learning/course-progress";
import { getCourseOutline } from "@/lib/learning/get-course-outline";
import { getLearnerProgress } from "@/lib/learning/get-learner-progress";
import { listMyLearning } from "@/lib/learning/list-my-learning";
import { markLessonComplete } from "@/lib/learning/mark-lesson-complete";
import { submitQuizAttempt } from "@/lib/learning/submit-quiz-attempt";
import { answerKey, makeEnrolledLearner, makeLearningCourse } from "../support/learning-fixtures";
import { createTestDb, type TestDb } from "../support/test-db";

const hook = vi.hoisted(() => ({ calls: [] as unknown[] }));
vi.mock("@/lib/learning/on-course-completed", () => ({
  onCourseCompleted: async (_db: unknown, event: unknown) => {
    hook.calls.push(event);
  },
}));

let t: TestDb;
beforeAll(async () => {
  t = await createTestDb();
});
afterAll(async () => t?.close());
beforeEach(() => {
  hook.calls.length = 0;
});

async function progressOf(userId: string, courseId: string) {
  const outline = (await getCourseOutline(t.db, { courseId }))!;
  return computeCourseProgress(outline, await getLearnerProgress(t.db, { userId, courseId }));
}

describe("lesson progress", () => {
  it("marking a lesson complete twice (or in parallel) keeps one row", async () => {
    const { course, lessonIds } = await makeLearningCourse(t.db, { modules: [{ lessons: [{ title: "A" }, { title: "B" }] }] });
    const { user } = await makeEnrolledLearner(t.db, course.id);
    const mark = () => markLessonComplete(t.db, { userId: user.id, courseId: course.id, lessonId: lessonIds[0]! });
    await Promise.all([mark(), mark(), mark()]);
    await mark();
    const [row] = await t.db.select({ n: count() }).from(lessonProgress).where(eq(lessonProgress.userId, user.id));
    expect(row!.n).toBe(1);
    expect(await progressOf(user.id, course.id)).toMatchObject({ done: 1, total: 2, percent: 50, allDone: false, next: { id: lessonIds[1] } });
  });

  it("refuses progress without an active enrollment and for lessons of another course", async () => {
    const { course, lessonIds } = await makeLearningCourse(t.db, { modules: [{ lessons: [{ title: "A" }] }] });
    const other = await makeLearningCourse(t.db, { modules: [{ lessons: [{ title: "X" }] }] });
    const { user } = await makeEnrolledLearner(t.db, other.course.id);
    await expect(markLessonComplete(t.db, { userId: user.id, courseId: course.id, lessonId: lessonIds[0]! })).rejects.toThrow(/Enroll/);
    await expect(markLessonComplete(t.db, { userId: user.id, courseId: other.course.id, lessonId: lessonIds[0]! })).rejects.toThrow(/not part/);
  });
});

describe("completion", () => {
  it("parallel final requests record one completion and call the hook once", async () => {
    const { course, lessonIds } = await makeLearningCourse(t.db, { modules: [{ lessons: [{ title: "A" }, { title: "B" }] }] });
    const { user, enrollment } = await makeEnrolledLearner(t.db, course.id);
    await markLessonComplete(t.db, { userId: user.id, courseId: course.id, lessonId: lessonIds[0]! });
    const results = await Promise.all(
      Array.from({ length: 6 }, () => markLessonComplete(t.db, { userId: user.id, courseId: course.id, lessonId: lessonIds[1]! })),
    );
    expect(results.every((r) => r.completed)).toBe(true);
    expect(results.filter((r) => r.firstTime)).toHaveLength(1);
    expect(hook.calls).toEqual([expect.objectContaining({ userId: user.id, courseId: course.id, enrollmentId: enrollment.id, completedAt: expect.any(Date) })]);
    const again = await completeCourseIfDone(t.db, { userId: user.id, courseId: course.id });
    expect(again).toMatchObject({ completed: true, firstTime: false });
    expect(hook.calls).toHaveLength(1);
  });

  it("needs every quiz passed as well as every lesson", async () => {
    const { course, lessonIds, quizIds } = await makeLearningCourse(t.db, {
      modules: [{ lessons: [{ title: "A" }], quiz: { questions: [{ prompt: "2+2?", options: [["4", true], ["5", false]] }] } }],
    });
    const { user } = await makeEnrolledLearner(t.db, course.id);
    expect((await markLessonComplete(t.db, { userId: user.id, courseId: course.id, lessonId: lessonIds[0]! })).completed).toBe(false);
    const key = await answerKey(t.db, quizIds[0]!);
    const failed = await submitQuizAttempt(t.db, { userId: user.id, courseId: course.id, quizId: quizIds[0]!, answers: key.wrong });
    expect(failed.passed).toBe(false);
    expect(failed.completion.completed).toBe(false);
    const passed = await submitQuizAttempt(t.db, { userId: user.id, courseId: course.id, quizId: quizIds[0]!, answers: key.right });
    expect(passed.completion).toMatchObject({ completed: true, firstTime: true });
    expect(hook.calls).toHaveLength(1);
  });

  it("a course with no lessons and no quizzes is done as soon as it is opened", async () => {
    const { course } = await makeLearningCourse(t.db, { modules: [] });
    const { user } = await makeEnrolledLearner(t.db, course.id);
    expect(await progressOf(user.id, course.id)).toEqual({ done: 0, total: 0, percent: 100, allDone: true, next: null });
    expect(await completeCourseIfDone(t.db, { userId: user.id, courseId: course.id })).toMatchObject({ completed: true, firstTime: true });
    expect((await listMyLearning(t.db, { userId: user.id })).completed).toHaveLength(1);
  });

  it("a course with lessons but no quizzes completes on the last lesson", async () => {
    const { course, lessonIds } = await makeLearningCourse(t.db, { modules: [{ lessons: [{ title: "Only" }] }] });
    const { user } = await makeEnrolledLearner(t.db, course.id);
    expect(await markLessonComplete(t.db, { userId: user.id, courseId: course.id, lessonId: lessonIds[0]! })).toMatchObject({ completed: true, firstTime: true });
  });

  it("never completes for a learner whose enrollment was refunded", async () => {
    const { course, lessonIds } = await makeLearningCourse(t.db, { modules: [{ lessons: [{ title: "A" }, { title: "B" }] }] });
    const { user, enrollment } = await makeEnrolledLearner(t.db, course.id);
    await markLessonComplete(t.db, { userId: user.id, courseId: course.id, lessonId: lessonIds[0]! });
    await t.db.update(enrollments).set({ status: "refunded" }).where(eq(enrollments.id, enrollment.id));
    await expect(markLessonComplete(t.db, { userId: user.id, courseId: course.id, lessonId: lessonIds[1]! })).rejects.toThrow(/Enroll/);
    expect(await completeCourseIfDone(t.db, { userId: user.id, courseId: course.id })).toMatchObject({ completed: false });
  });
});

describe("syllabus changes after learners started", () => {
  it("keeps progress, counts new lessons as to-do, and lets removed lessons drop out", async () => {
    const { course, lessonIds } = await makeLearningCourse(t.db, { modules: [{ lessons: [{ title: "A" }, { title: "B" }, { title: "C" }] }] });
    const { user } = await makeEnrolledLearner(t.db, course.id);
    await markLessonComplete(t.db, { userId: user.id, courseId: course.id, lessonId: lessonIds[0]! });
    await markLessonComplete(t.db, { userId: user.id, courseId: course.id, lessonId: lessonIds[1]! });

    const [a] = await t.db.select({ moduleId: lessons.moduleId }).from(lessons).where(eq(lessons.id, lessonIds[0]!));
    const [added] = await t.db.insert(lessons).values({ moduleId: a!.moduleId, position: 4, title: "D (new)" }).returning();
    expect(await progressOf(user.id, course.id)).toMatchObject({ done: 2, total: 4, percent: 50, next: { id: lessonIds[2] } });

    // The provider removes the two lessons the learner had not done: nothing is left, so the course completes.
    await t.db.delete(lessons).where(eq(lessons.id, lessonIds[2]!));
    await t.db.delete(lessons).where(eq(lessons.id, added!.id));
    expect(await progressOf(user.id, course.id)).toMatchObject({ done: 2, total: 2, allDone: true });
    expect(await completeCourseIfDone(t.db, { userId: user.id, courseId: course.id })).toMatchObject({ completed: true, firstTime: true });
  });

  it("a completed course stays completed when lessons are added later", async () => {
    const { course, lessonIds } = await makeLearningCourse(t.db, { modules: [{ lessons: [{ title: "A" }] }] });
    const { user } = await makeEnrolledLearner(t.db, course.id);
    await markLessonComplete(t.db, { userId: user.id, courseId: course.id, lessonId: lessonIds[0]! });
    const [a] = await t.db.select({ moduleId: lessons.moduleId }).from(lessons).where(eq(lessons.id, lessonIds[0]!));
    await t.db.insert(lessons).values({ moduleId: a!.moduleId, position: 2, title: "B (new)" });

    expect(await completeCourseIfDone(t.db, { userId: user.id, courseId: course.id })).toMatchObject({ completed: true, firstTime: false });
    const mine = await listMyLearning(t.db, { userId: user.id });
    expect(mine.completed).toEqual([expect.objectContaining({ courseId: course.id, done: 1, total: 2, percent: 50 })]);
    expect(mine.inProgress).toHaveLength(0);
    expect(hook.calls).toHaveLength(1);
  });
});

describe("my learning", () => {
  it("lists courses in progress with percentages", async () => {
    const one = await makeLearningCourse(t.db, { modules: [{ lessons: [{ title: "A" }, { title: "B" }, { title: "C" }, { title: "D" }] }] });
    const two = await makeLearningCourse(t.db, { modules: [{ lessons: [{ title: "A" }] }] });
    const { user } = await makeEnrolledLearner(t.db, one.course.id);
    await makeEnrolledLearner(t.db, two.course.id); // someone else's
    await markLessonComplete(t.db, { userId: user.id, courseId: one.course.id, lessonId: one.lessonIds[0]! });
    const mine = await listMyLearning(t.db, { userId: user.id });
    expect(mine.inProgress).toEqual([expect.objectContaining({ slug: one.course.slug, done: 1, total: 4, percent: 25 })]);
    expect(mine.completed).toEqual([]);
  });
});
