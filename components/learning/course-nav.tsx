import Link from "next/link";
import { computeCourseProgress, isItemDone, itemHref } from "@/lib/learning/course-progress";
import type { CourseOutline } from "@/lib/learning/get-course-outline";
import type { LearnerProgress } from "@/lib/learning/get-learner-progress";
import { cn } from "@/components/ui/cn";
import { ProgressBar } from "./progress-bar";

type Props = { outline: CourseOutline; progress: LearnerProgress; hasAccess: boolean; currentId: string };

// The syllabus beside the player: every lesson and quiz with its done mark, the
// current one highlighted, locked ones labelled (they still link to the "enroll to
// continue" state rather than hiding what the course contains).
export function CourseNav({ outline, progress, hasAccess, currentId }: Props) {
  const summary = computeCourseProgress(outline, progress);
  return (
    <nav aria-label="Course contents" className="space-y-4 rounded-xl border border-slate-200 bg-white p-4">
      <div>
        <p className="text-sm font-semibold">
          <Link href={`/courses/${outline.slug}`} className="hover:underline">
            {outline.title}
          </Link>
        </p>
        {hasAccess ? (
          <div className="mt-2">
            <ProgressBar percent={summary.percent} label={`${summary.done} of ${summary.total} done`} />
          </div>
        ) : null}
      </div>
      <ol className="space-y-4">
        {outline.modules.map((m, mi) => (
          <li key={m.id}>
            <h2 className="text-xs font-semibold uppercase tracking-wide text-slate-600">
              Module {mi + 1}: {m.title}
            </h2>
            <ol className="mt-1 space-y-0.5">
              {m.items.map((item) => {
                const done = hasAccess && isItemDone(item, progress);
                const locked = !hasAccess && !(item.kind === "lesson" && item.isPreview);
                const current = item.id === currentId;
                return (
                  <li key={item.id}>
                    <Link
                      href={itemHref(outline.slug, item)}
                      aria-current={current ? "page" : undefined}
                      data-locked={locked || undefined}
                      className={cn(
                        "flex items-start gap-2 rounded-md px-2 py-1.5 text-sm hover:bg-slate-100",
                        current && "bg-brand-50 font-medium text-brand-900",
                      )}
                    >
                      <span aria-hidden className={cn("mt-0.5 grid size-4 shrink-0 place-items-center rounded-full border text-[10px]", done ? "border-emerald-600 bg-emerald-600 text-white" : "border-slate-400")}>
                        {done ? "✓" : locked ? "🔒" : ""}
                      </span>
                      <span className="flex-1">
                        {item.kind === "quiz" ? "Quiz: " : ""}
                        {item.title}
                        <span className="sr-only">{done ? " (done)" : locked ? " (enroll to open)" : " (not done)"}</span>
                      </span>
                      {!hasAccess && item.kind === "lesson" && item.isPreview ? <span className="text-xs text-emerald-800">Preview</span> : null}
                    </Link>
                  </li>
                );
              })}
            </ol>
          </li>
        ))}
      </ol>
    </nav>
  );
}
