import { outlineItems, type OutlineItem, type OutlineModule } from "./get-course-outline";
import type { LearnerProgress } from "./get-learner-progress";

export type CourseProgress = {
  done: number;
  total: number;
  percent: number;
  /** Every current lesson done and every current quiz passed. */
  allDone: boolean;
  /** The first item not yet done, or null when there is nothing left. */
  next: OutlineItem | null;
};

export function isItemDone(item: OutlineItem, progress: LearnerProgress): boolean {
  return item.kind === "lesson" ? progress.doneLessonIds.has(item.id) : progress.passedQuizIds.has(item.id);
}

// Pure: progress against the syllabus as it is now. Lessons added later count as
// to-do, removed ones simply drop out; a course with nothing in it is trivially done
// (the literal rule "every lesson done and every quiz passed").
export function computeCourseProgress(outline: { modules: OutlineModule[] }, progress: LearnerProgress): CourseProgress {
  const items = outlineItems(outline);
  const done = items.filter((i) => isItemDone(i, progress)).length;
  const total = items.length;
  return {
    done,
    total,
    percent: total === 0 ? 100 : Math.floor((done * 100) / total),
    allDone: done === total,
    next: items.find((i) => !isItemDone(i, progress)) ?? null,
  };
}

export function itemHref(courseSlug: string, item: OutlineItem): string {
  return item.kind === "lesson" ? `/learn/${courseSlug}/${item.id}` : `/learn/${courseSlug}/quiz/${item.id}`;
}
