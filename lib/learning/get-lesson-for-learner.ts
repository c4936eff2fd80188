import { eq } from "drizzle-orm";
import type { Db } from "@/db";
import { lessons } from "@/db/schema";
import { getCourseAccess } from "@/lib/enrollments/get-course-access";
import { getCourseOutline, outlineItems, type CourseOutline, type OutlineItem } from "./get-course-outline";
import { getLearnerProgress, type LearnerProgress } from "./get-learner-progress";

/** open: show it · signin: only an account with an enrollment may see it · enroll: signed in, no active enrollment. */
export type ItemAccess = "open" | "signin" | "enroll";

// Preview lessons of a published course are open to everyone; everything else needs
// an active enrollment (refunded, revoked and suspended ones lose access at once).
export function itemAccess(item: OutlineItem, course: { status: string }, viewer: { signedIn: boolean; hasAccess: boolean }): ItemAccess {
  if (viewer.hasAccess) return "open";
  if (item.kind === "lesson" && item.isPreview && course.status === "published") return "open";
  return viewer.signedIn ? "enroll" : "signin";
}

export type LearnerView = {
  outline: CourseOutline;
  hasAccess: boolean;
  progress: LearnerProgress;
};

const noProgress = (): LearnerProgress => ({ doneLessonIds: new Set(), passedQuizIds: new Set() });

/** The course outline, whether the viewer has access, and their progress (empty without access). */
export async function getLearnerView(db: Db, input: { courseSlug: string; userId: string | null }): Promise<LearnerView | null> {
  const outline = await getCourseOutline(db, { slug: input.courseSlug });
  if (!outline) return null;
  if (!input.userId) return { outline, hasAccess: false, progress: noProgress() };
  const { hasAccess } = await getCourseAccess(db, { userId: input.userId, courseId: outline.id });
  const progress = hasAccess ? await getLearnerProgress(db, { userId: input.userId, courseId: outline.id }) : noProgress();
  return { outline, hasAccess, progress };
}

// One lesson page: the lesson's body is read only when the viewer may see it.
export async function getLessonForLearner(db: Db, input: { courseSlug: string; lessonId: string; userId: string | null }) {
  const view = await getLearnerView(db, input);
  const item = view && outlineItems(view.outline).find((i) => i.kind === "lesson" && i.id === input.lessonId);
  if (!view || !item || item.kind !== "lesson") return null;
  const access = itemAccess(item, view.outline, { signedIn: input.userId !== null, hasAccess: view.hasAccess });
  if (access !== "open") return { ...view, item, access, lesson: null };
  const [lesson] = await db
    .select({ title: lessons.title, body: lessons.body, videoUrl: lessons.videoUrl })
    .from(lessons)
    .where(eq(lessons.id, item.id))
    .limit(1);
  return lesson ? { ...view, item, access, lesson } : null;
}
