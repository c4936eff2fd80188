import { notFound, redirect } from "next/navigation";
import { getDb } from "@/db";
import { requireUser } from "@/lib/auth/guards";
import { completeCourseIfDone } from "@/lib/learning/complete-course-if-done";
import { computeCourseProgress, itemHref } from "@/lib/learning/course-progress";
import { outlineItems } from "@/lib/learning/get-course-outline";
import { getLearnerView } from "@/lib/learning/get-lesson-for-learner";
import { courseSlugSchema } from "@/lib/learning/learning-params";

export const dynamic = "force-dynamic";

// "Go to course": the next lesson or quiz to do; the celebration when nothing is
// left (e.g. after the provider removed the last lessons); the course page for
// anyone without access.
export default async function CourseEntryPage({ params }: { params: Promise<{ courseSlug: string }> }) {
  const { courseSlug } = await params;
  const user = await requireUser(`/learn/${courseSlug}`);
  if (!courseSlugSchema.safeParse(courseSlug).success) notFound();
  const db = await getDb();
  const view = await getLearnerView(db, { courseSlug, userId: user.id });
  if (!view) notFound();
  if (!view.hasAccess) redirect(`/courses/${courseSlug}`);
  const progress = computeCourseProgress(view.outline, view.progress);
  if (progress.next) redirect(itemHref(courseSlug, progress.next));
  const completion = await completeCourseIfDone(db, { userId: user.id, courseId: view.outline.id });
  if (completion.completed) redirect(`/learn/${courseSlug}/complete`);
  const first = outlineItems(view.outline)[0];
  redirect(first ? itemHref(courseSlug, first) : `/courses/${courseSlug}`);
}
