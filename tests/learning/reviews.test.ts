import { count, eq } from "drizzle-orm";
import { rmSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { courses, reviewReports, reviews } from "@/db/schema";
import { markLessonComplete } from "@/lib/learning/mark-lesson-complete";
import { listCourseReviews, publicName } from "@/lib/reviews/list-course-reviews";
import { reportReview, setHelpfulVote } from "@/lib/reviews/review-feedback";
import { canReviewCourse } from "@/lib/reviews/review-eligibility";
import { deleteReview, saveReview } from "@/lib/reviews/save-review";
import { makeEnrolledLearner, makeLearningCourse, setEnrollmentStatus } from "../support/learning-fixtures";
import { createTestDb, type TestDb } from "../support/test-db";
import { makeUser } from "../support/users";

// Completions send a congratulation mail; keep it out of the developer's outbox.
const outbox = `.data/test-outbox-learning-${process.pid}`;
process.env.MAIL_OUTBOX_DIR = outbox;

let t: TestDb;
let fixture: Awaited<ReturnType<typeof makeLearningCourse>>;
beforeAll(async () => {
  t = await createTestDb();
  fixture = await makeLearningCourse(t.db, { modules: [{ lessons: [{ title: "Only lesson" }] }] });
});
afterAll(async () => {
  await t?.close();
  rmSync(outbox, { recursive: true, force: true });
});

async function graduate() {
  const learner = await makeEnrolledLearner(t.db, fixture.course.id);
  await markLessonComplete(t.db, { userId: learner.user.id, courseId: fixture.course.id, lessonId: fixture.lessonIds[0]! });
  return learner;
}
const rating = async () => (await t.db.select({ avg: courses.ratingAverage, n: courses.ratingCount }).from(courses).where(eq(courses.id, fixture.course.id)))[0];

describe("review eligibility", () => {
  it("only learners who completed the course (and still have it) may review", async () => {
    const stranger = await makeUser(t.db);
    const { user: started } = await makeEnrolledLearner(t.db, fixture.course.id);
    expect(await saveReview(t.db, { userId: stranger.id, courseId: fixture.course.id, rating: 5, body: "" })).toEqual({ ok: false, reason: "not_eligible" });
    expect(await saveReview(t.db, { userId: started.id, courseId: fixture.course.id, rating: 5, body: "" })).toEqual({ ok: false, reason: "not_eligible" });
    const { user, enrollment } = await graduate();
    expect(await canReviewCourse(t.db, { userId: user.id, courseId: fixture.course.id })).toBe(true);
    await setEnrollmentStatus(t.db, enrollment.id, "refunded");
    expect(await canReviewCourse(t.db, { userId: user.id, courseId: fixture.course.id })).toBe(false);
    const [row] = await t.db.select({ n: count() }).from(reviews);
    expect(row!.n).toBe(0);
  });

  it("one review per learner: saving again (even in parallel) edits it; the course rating follows", async () => {
    const { user } = await graduate();
    const results = await Promise.all([
      saveReview(t.db, { userId: user.id, courseId: fixture.course.id, rating: 4, body: "Good" }),
      saveReview(t.db, { userId: user.id, courseId: fixture.course.id, rating: 4, body: "Good" }),
    ]);
    expect(results.filter((r) => r.ok && r.created)).toHaveLength(1);
    expect(await rating()).toEqual({ avg: 4, n: 1 });
    expect(await saveReview(t.db, { userId: user.id, courseId: fixture.course.id, rating: 2, body: "Edited" })).toEqual({ ok: true, created: false });
    const second = await graduate();
    await saveReview(t.db, { userId: second.user.id, courseId: fixture.course.id, rating: 5, body: "Great" });
    expect(await rating()).toEqual({ avg: 3.5, n: 2 });
    expect(await deleteReview(t.db, { userId: user.id, courseId: fixture.course.id })).toEqual({ deleted: true });
    expect(await rating()).toEqual({ avg: 5, n: 1 });
    await deleteReview(t.db, { userId: second.user.id, courseId: fixture.course.id });
    expect(await rating()).toEqual({ avg: null, n: 0 });
  });

  it("the database refuses a second row and ratings outside 1–5", async () => {
    const { user } = await graduate();
    await saveReview(t.db, { userId: user.id, courseId: fixture.course.id, rating: 3, body: "" });
    await expect(t.db.insert(reviews).values({ userId: user.id, courseId: fixture.course.id, rating: 3 })).rejects.toThrow();
    const other = await graduate();
    await expect(t.db.insert(reviews).values({ userId: other.user.id, courseId: fixture.course.id, rating: 6 })).rejects.toThrow();
    await deleteReview(t.db, { userId: user.id, courseId: fixture.course.id });
  });
});

describe("listing, helpful votes and reports", () => {
  it("shows distribution and sorts by newest or most helpful; one vote per person", async () => {
    const a = await graduate();
    const b = await graduate();
    await saveReview(t.db, { userId: a.user.id, courseId: fixture.course.id, rating: 5, body: "First" });
    await new Promise((r) => setTimeout(r, 5));
    await saveReview(t.db, { userId: b.user.id, courseId: fixture.course.id, rating: 3, body: "Second" });
    const voter = await makeUser(t.db);
    const list = await listCourseReviews(t.db, { courseSlug: fixture.course.slug, sort: "newest", page: 1, viewerId: voter.id });
    expect(list!.reviews.map((r) => r.body)).toEqual(["Second", "First"]);
    const first = list!.reviews[1]!;
    await Promise.all([setHelpfulVote(t.db, { userId: voter.id, reviewId: first.id, helpful: true }), setHelpfulVote(t.db, { userId: voter.id, reviewId: first.id, helpful: true })]);
    expect(await setHelpfulVote(t.db, { userId: a.user.id, reviewId: first.id, helpful: true })).toEqual({ ok: false }); // own review
    const helpful = await listCourseReviews(t.db, { courseSlug: fixture.course.slug, sort: "helpful", page: 1, viewerId: voter.id });
    expect(helpful!.reviews.map((r) => [r.body, r.helpfulCount, r.votedHelpful])).toEqual([
      ["First", 1, true],
      ["Second", 0, false],
    ]);
    expect(helpful!.distribution).toEqual([
      { rating: 5, count: 1 },
      { rating: 4, count: 0 },
      { rating: 3, count: 1 },
      { rating: 2, count: 0 },
      { rating: 1, count: 0 },
    ]);
    expect(helpful).toMatchObject({ average: 4, count: 2 });
    await setHelpfulVote(t.db, { userId: voter.id, reviewId: first.id, helpful: false });
    expect((await listCourseReviews(t.db, { courseSlug: fixture.course.slug, sort: "helpful", page: 1, viewerId: voter.id }))!.reviews[0]!.body).toBe("Second");

    expect(await reportReview(t.db, { userId: voter.id, reviewId: first.id, reason: "spam", details: "" })).toEqual({ ok: true, alreadyReported: false });
    expect(await reportReview(t.db, { userId: voter.id, reviewId: first.id, reason: "spam", details: "" })).toEqual({ ok: true, alreadyReported: true });
    const [row] = await t.db.select({ n: count() }).from(reviewReports).where(eq(reviewReports.reviewId, first.id));
    expect(row!.n).toBe(1);
  });

  it("shows first names and an initial only", () => {
    expect(publicName("Ada King Lovelace")).toBe("Ada L.");
    expect(publicName("Plato")).toBe("Plato");
    expect(publicName(null)).toBe("A learner");
  });
});
