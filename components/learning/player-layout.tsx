import type { ReactNode } from "react";
import type { CourseOutline } from "@/lib/learning/get-course-outline";
import type { LearnerProgress } from "@/lib/learning/get-learner-progress";
import { CourseNav } from "./course-nav";

// Content first (also first on a phone), the syllabus beside it on wide screens.
export function PlayerLayout(props: { outline: CourseOutline; progress: LearnerProgress; hasAccess: boolean; currentId: string; children: ReactNode }) {
  return (
    <div className="grid gap-8 lg:grid-cols-[minmax(0,1fr)_18rem]">
      <div className="min-w-0">{props.children}</div>
      <aside className="lg:sticky lg:top-6 lg:max-h-[calc(100vh-3rem)] lg:self-start lg:overflow-y-auto">
        <CourseNav outline={props.outline} progress={props.progress} hasAccess={props.hasAccess} currentId={props.currentId} />
      </aside>
    </div>
  );
}
