import { count, eq } from "drizzle-orm";
import { rmSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { quizAttempts } from "@/db/schema";
import { getQuizForLearner, listQuizAttempts } from "@/lib/learning/get-quiz-for-learner";
import { gradeQuiz } from "@/lib/learning/grade-quiz";
import { submitQuizAttempt } from "@/lib/learning/submit-quiz-attempt";
import { answerKey, makeEnrolledLearner, makeLearningCourse, setEnrollmentStatus } from "../support/learning-fixtures";
import { createTestDb, type TestDb } from "../support/test-db";
import { makeUser } from "../support/users";

// Completions send a congratulation mail; keep it out of the developer's outbox.
const outbox = `.data/test-outbox-learning-${process.pid}`;
process.env.MAIL_OUTBOX_DIR = outbox;

let t: TestDb;
beforeAll(async () => {
  t = await createTestDb();
});
afterAll(async () => {
  await t?.close();
  rmSync(outbox, { recursive: true, force: true });
});

const questions = [
  { prompt: "Which keyword filters rows?", options: [["WHERE", true], ["ORDER BY", false], ["LIMIT", false]] as [string, boolean][], explanation: "WHERE keeps matching rows." },
  { prompt: "Which are aggregate functions?", kind: "multiple" as const, options: [["COUNT", true], ["SUM", true], ["UPPER", false]] as [string, boolean][], explanation: "UPPER works on one value." },
];

describe("grading (pure)", () => {
  const key = [
    { id: "q1", explanation: "because", options: [{ id: "a", isCorrect: true }, { id: "b", isCorrect: false }] },
    { id: "q2", explanation: null, options: [{ id: "c", isCorrect: true }, { id: "d", isCorrect: true }, { id: "e", isCorrect: false }] },
  ];
  it("needs exactly the right options; no partial credit; unknown ids are ignored", () => {
    expect(gradeQuiz(key, 100, { q1: ["a"], q2: ["c", "d"] })).toMatchObject({ correctCount: 2, scorePercent: 100, passed: true });
    expect(gradeQuiz(key, 50, { q1: ["a"], q2: ["c"] })).toMatchObject({ correctCount: 1, scorePercent: 50, passed: true });
    expect(gradeQuiz(key, 50, { q1: ["a", "b"], q2: ["c", "d", "e"] })).toMatchObject({ correctCount: 0, passed: false });
    expect(gradeQuiz(key, 50, { q1: ["a", "zzz"], q2: ["c", "d", "a"] })).toMatchObject({ correctCount: 2 });
    expect(gradeQuiz(key, 50, {})).toMatchObject({ correctCount: 0, scorePercent: 0, passed: false });
  });
  it("reveals right answers only after a pass; explains wrong answers", () => {
    const failed = gradeQuiz(key, 100, { q1: ["b"], q2: ["c", "d"] });
    expect(failed.feedback).toEqual([
      { questionId: "q1", correct: false, explanation: "because", correctOptionIds: null },
      { questionId: "q2", correct: true, explanation: null, correctOptionIds: null },
    ]);
    const passed = gradeQuiz(key, 100, { q1: ["a"], q2: ["d", "c"] });
    expect(passed.feedback[0]).toEqual({ questionId: "q1", correct: true, explanation: "because", correctOptionIds: ["a"] });
  });
});

describe("quizzes against the database", () => {
  it("sends no correct answers or explanations to the browser before grading", async () => {
    const { quizIds } = await makeLearningCourse(t.db, { modules: [{ lessons: [{ title: "A" }], quiz: { questions } }] });
    const quiz = await getQuizForLearner(t.db, { quizId: quizIds[0]! });
    expect(quiz!.questions).toHaveLength(2);
    expect(quiz!.questions[1]).toMatchObject({ kind: "multiple", options: [{ label: "COUNT" }, { label: "SUM" }, { label: "UPPER" }] });
    const json = JSON.stringify(quiz);
    expect(json).not.toMatch(/isCorrect|is_correct|explanation|WHERE keeps/);
    for (const q of quiz!.questions) for (const o of q.options) expect(Object.keys(o).sort()).toEqual(["id", "label"]);
  });

  it("stores every attempt with its score and allows retries", async () => {
    const { course, quizIds } = await makeLearningCourse(t.db, { modules: [{ lessons: [], quiz: { passPercent: 100, questions } }] });
    const { user } = await makeEnrolledLearner(t.db, course.id);
    const key = await answerKey(t.db, quizIds[0]!);
    const [q1, q2] = Object.keys(key.right);
    const half = { [q1!]: key.right[q1!]!, [q2!]: key.right[q2!]!.slice(0, 1) };
    const first = await submitQuizAttempt(t.db, { userId: user.id, courseId: course.id, quizId: quizIds[0]!, answers: half });
    expect(first).toMatchObject({ scorePercent: 50, passed: false, correctCount: 1, questionCount: 2 });
    expect(first.feedback.find((f) => !f.correct)?.correctOptionIds).toBeNull();
    const second = await submitQuizAttempt(t.db, { userId: user.id, courseId: course.id, quizId: quizIds[0]!, answers: key.right });
    expect(second).toMatchObject({ scorePercent: 100, passed: true });
    expect(second.completion).toMatchObject({ completed: true, firstTime: true }); // a quiz-only course
    const attempts = await listQuizAttempts(t.db, { userId: user.id, quizId: quizIds[0]! });
    expect(attempts.map((a) => [a.scorePercent, a.passed])).toEqual([
      [100, true],
      [50, false],
    ]);
  });

  it("refuses attempts without an active enrollment, and quizzes of another course", async () => {
    const { course, quizIds } = await makeLearningCourse(t.db, { modules: [{ lessons: [], quiz: { questions } }] });
    const stranger = await makeUser(t.db);
    await expect(submitQuizAttempt(t.db, { userId: stranger.id, courseId: course.id, quizId: quizIds[0]!, answers: {} })).rejects.toThrow(/Enroll/);
    const { user, enrollment } = await makeEnrolledLearner(t.db, course.id);
    await setEnrollmentStatus(t.db, enrollment.id, "revoked");
    await expect(submitQuizAttempt(t.db, { userId: user.id, courseId: course.id, quizId: quizIds[0]!, answers: {} })).rejects.toThrow(/Enroll/);
    const other = await makeLearningCourse(t.db, { modules: [{ lessons: [{ title: "x" }] }] });
    await expect(submitQuizAttempt(t.db, { userId: user.id, courseId: other.course.id, quizId: quizIds[0]!, answers: {} })).rejects.toThrow(/not part/);
    const [row] = await t.db.select({ n: count() }).from(quizAttempts).where(eq(quizAttempts.quizId, quizIds[0]!));
    expect(row!.n).toBe(0);
  });
});
