import type { Metadata } from "next";
import Link from "next/link";
import { ActionForm } from "@/components/forms/action-form";
import { TextField } from "@/components/forms/text-field";
import { ProviderNav } from "@/components/payments/provider-nav";
import { ConfirmDelete } from "@/components/studio/confirm-delete";
import { CourseFields, courseFieldLabels } from "@/components/studio/course-fields";
import { CourseStatusBadge } from "@/components/studio/course-status-badge";
import { MoveButtons } from "@/components/studio/move-buttons";
import { SortableLessons } from "@/components/studio/sortable-lessons";
import { StudioForm } from "@/components/studio/studio-form";
import { Badge } from "@/components/ui/badge";
import { ButtonLink } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { getCourseOutlineForEditor } from "@/lib/studio/course-outline";
import { checkSubmittable } from "@/lib/studio/course-review";
import { getCourseSkillIds, listSkillOptions } from "@/lib/studio/save-course";
import {
  addLessonAction,
  addModuleAction,
  archiveCourseAction,
  createDefaultAchievementAction,
  deleteLessonAction,
  deleteModuleAction,
  moveLessonAction,
  moveModuleAction,
  renameModuleAction,
  reorderLessonsAction,
  submitCourseAction,
  updateCourseAction,
} from "@/app/provider/course-actions";
import { loadStudioCourse } from "../../load-course";

export const metadata: Metadata = { title: "Edit course", robots: { index: false } };
export const dynamic = "force-dynamic";

type Props = { params: Promise<{ providerSlug: string; courseId: string }>; searchParams: Promise<{ created?: string }> };

export default async function CourseEditorPage({ params, searchParams }: Props) {
  const { providerSlug, courseId } = await params;
  const { created } = await searchParams;
  const { db, provider, course, modules } = await loadStudioCourse(providerSlug, [courseId], `courses/${courseId}`, ({ db, user }) =>
    getCourseOutlineForEditor(db, { actor: user, courseId }),
  );
  const [skills, selected, checks] = await Promise.all([listSkillOptions(db), getCourseSkillIds(db, course.id), checkSubmittable(db, course)]);
  const locked = course.status === "in_review";
  const base = `/provider/${provider.slug}/courses/${course.id}`;
  const ids = { courseId: course.id };

  return (
    <div className="space-y-8">
      <ProviderNav slug={provider.slug} name={provider.name} current="courses" />
      <div className="flex flex-wrap items-center gap-3">
        <h1 className="text-3xl font-bold tracking-tight">{course.title}</h1>
        <CourseStatusBadge status={course.status} />
      </div>
      {created ? (
        <p role="status" className="rounded-lg border border-emerald-200 bg-emerald-50 p-3 text-sm font-medium text-emerald-800">
          Draft created. Add modules and lessons below.
        </p>
      ) : null}
      {course.reviewNote ? (
        <div className="rounded-lg border border-amber-300 bg-amber-50 p-4 text-sm text-amber-950">
          <p className="font-semibold">Sent back by review</p>
          <p className="mt-1 whitespace-pre-line">{course.reviewNote}</p>
        </div>
      ) : null}
      {locked ? (
        <p className="rounded-lg border border-slate-200 bg-slate-50 p-3 text-sm text-slate-800">
          This course is in review, so it cannot be changed until a reviewer decides. We&apos;ll email you.
        </p>
      ) : null}
      <nav aria-label="Course tools" className="flex flex-wrap gap-3">
        <ButtonLink href={`${base}/preview`} variant="secondary" size="sm">
          Preview as a learner
        </ButtonLink>
        <ButtonLink href={`${base}/achievement`} variant="secondary" size="sm">
          Achievement
        </ButtonLink>
        {course.status === "published" ? (
          <ButtonLink href={`/courses/${course.slug}`} variant="secondary" size="sm">
            View in catalog
          </ButtonLink>
        ) : null}
      </nav>

      <section aria-labelledby="publish-heading" className="space-y-3">
        <h2 id="publish-heading" className="text-xl font-semibold">
          Publishing
        </h2>
        <Card className="space-y-4 p-6">
          <ul className="space-y-1 text-sm" aria-label="Before submitting">
            {checks.map((c) => (
              <li key={c.key} className="flex items-start gap-2">
                <span aria-hidden className={c.ok ? "text-emerald-700" : "text-red-700"}>
                  {c.ok ? "✓" : "✗"}
                </span>
                <span>
                  <span className="sr-only">{c.ok ? "Done: " : "Missing: "}</span>
                  {c.key === "achievement" && !c.ok ? (
                    <Link href={`${base}/achievement`} className="font-medium text-brand-700 underline">
                      {c.message}
                    </Link>
                  ) : c.key === "price" && !c.ok ? (
                    <Link href={`/provider/${provider.slug}/payouts`} className="font-medium text-brand-700 underline">
                      {c.message}
                    </Link>
                  ) : (
                    c.message
                  )}
                </span>
              </li>
            ))}
          </ul>
          {!locked && checks.some((c) => c.key === "achievement" && !c.ok) ? (
            <ActionForm action={createDefaultAchievementAction} submitLabel="Use a standard certificate of completion" variant="secondary">
              <input type="hidden" name="courseId" value={course.id} />
              <p className="text-sm text-slate-700">
                Learners earn a credential when they finish. Design it in the <Link href={`${base}/achievement`} className="font-medium text-brand-700 underline">achievement editor</Link>, or start from a standard certificate of completion.
              </p>
            </ActionForm>
          ) : null}
          {course.status === "draft" ? (
            <ActionForm action={submitCourseAction} submitLabel="Submit for review" pendingLabel="Submitting…">
              <input type="hidden" name="courseId" value={course.id} />
            </ActionForm>
          ) : null}
          {course.status === "published" || course.status === "archived" ? (
            <ActionForm
              action={archiveCourseAction}
              submitLabel={course.status === "published" ? "Archive course" : "Restore to catalog"}
              variant="secondary"
            >
              <input type="hidden" name="courseId" value={course.id} />
              <input type="hidden" name="archived" value={course.status === "published" ? "true" : "false"} />
              <p className="text-sm text-slate-700">
                {course.status === "published"
                  ? "Archiving hides the course from the catalog; learners who enrolled keep access."
                  : "The course is archived: hidden from the catalog, open to enrolled learners."}
              </p>
            </ActionForm>
          ) : null}
        </Card>
      </section>

      <section aria-labelledby="outline-heading" className="space-y-3">
        <h2 id="outline-heading" className="text-xl font-semibold">
          Modules and lessons
        </h2>
        {modules.length === 0 ? <p className="text-sm text-slate-600">No modules yet. Add the first one below.</p> : null}
        <ol className="space-y-4">
          {modules.map((m, i) => (
            <li key={m.id}>
              <Card className="space-y-3 p-4">
                <div className="flex flex-wrap items-center gap-2">
                  <h3 className="flex-1 text-lg font-semibold">
                    Module {i + 1}: {m.title}
                  </h3>
                  {!locked ? (
                    <>
                      <MoveButtons action={moveModuleAction} courseId={course.id} itemId={m.id} what={`module ${m.title}`} first={i === 0} last={i === modules.length - 1} />
                      <ConfirmDelete action={deleteModuleAction} fields={{ ...ids, itemId: m.id }} what={`module “${m.title}” and its lessons`} />
                    </>
                  ) : null}
                </div>
                {m.lessons.length === 0 ? <p className="text-sm text-slate-600">No lessons yet.</p> : null}
                <SortableLessons
                  courseId={course.id}
                  moduleId={m.id}
                  action={reorderLessonsAction}
                  disabled={locked}
                  items={m.lessons.map((l, j) => ({
                    id: l.id,
                    label: l.title,
                    node: (
                      <>
                        <Link href={`${base}/lessons/${l.id}`} className="flex-1 font-medium text-brand-700 hover:underline">
                          {j + 1}. {l.title}
                        </Link>
                        {l.isPreview ? <Badge tone="brand">Free preview</Badge> : null}
                        {!locked ? (
                          <>
                            <MoveButtons action={moveLessonAction} courseId={course.id} itemId={l.id} what={`lesson ${l.title}`} first={j === 0} last={j === m.lessons.length - 1} />
                            <ConfirmDelete action={deleteLessonAction} fields={{ ...ids, itemId: l.id }} what={`lesson “${l.title}”`} />
                          </>
                        ) : null}
                      </>
                    ),
                  }))}
                />
                <div className="flex flex-wrap gap-3 text-sm">
                  <Link href={`${base}/modules/${m.id}/quiz`} className="font-medium text-brand-700 hover:underline">
                    {m.quizId ? "Edit quiz" : "Add a quiz"}
                    <span className="sr-only"> for module {m.title}</span>
                  </Link>
                </div>
                {!locked ? (
                  <div className="grid gap-4 md:grid-cols-2">
                    <ActionForm action={addLessonAction} submitLabel="Add lesson" variant="secondary" labels={{ title: "Lesson title" }}>
                      <input type="hidden" name="courseId" value={course.id} />
                      <input type="hidden" name="moduleId" value={m.id} />
                      <TextField name="title" id={`new-lesson-${m.id}`} label={`New lesson in module ${i + 1}`} required />
                    </ActionForm>
                    <ActionForm action={renameModuleAction} submitLabel="Rename module" variant="secondary" labels={{ title: "Module title" }}>
                      <input type="hidden" name="courseId" value={course.id} />
                      <input type="hidden" name="moduleId" value={m.id} />
                      <TextField name="title" id={`rename-${m.id}`} label={`Title of module ${i + 1}`} defaultValue={m.title} required />
                    </ActionForm>
                  </div>
                ) : null}
              </Card>
            </li>
          ))}
        </ol>
        {!locked ? (
          <Card className="p-4">
            <ActionForm action={addModuleAction} submitLabel="Add module" variant="secondary" labels={{ title: "Module title" }}>
              <input type="hidden" name="courseId" value={course.id} />
              <TextField name="title" id="new-module" label="New module" required />
            </ActionForm>
          </Card>
        ) : null}
      </section>

      {!locked ? (
        <section aria-labelledby="details-heading" className="space-y-3">
          <h2 id="details-heading" className="text-xl font-semibold">
            Details
          </h2>
          <Card className="p-6">
            <StudioForm action={updateCourseAction} submitLabel="Save details" labels={courseFieldLabels}>
              <input type="hidden" name="courseId" value={course.id} />
              <CourseFields course={course} skills={skills} selectedSkillIds={selected} />
            </StudioForm>
          </Card>
        </section>
      ) : null}
    </div>
  );
}
