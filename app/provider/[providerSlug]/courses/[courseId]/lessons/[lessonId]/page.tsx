import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { TextField } from "@/components/forms/text-field";
import { ProviderNav } from "@/components/payments/provider-nav";
import { MarkdownField } from "@/components/studio/markdown-field";
import { StudioForm } from "@/components/studio/studio-form";
import { Card } from "@/components/ui/card";
import { saveLessonAction } from "@/app/provider/course-actions";
import { getManagedLesson } from "@/lib/studio/get-managed-course";
import { loadStudioCourse } from "../../../../load-course";

export const metadata: Metadata = { title: "Edit lesson", robots: { index: false } };
export const dynamic = "force-dynamic";

type Props = { params: Promise<{ providerSlug: string; courseId: string; lessonId: string }> };

export default async function LessonEditorPage({ params }: Props) {
  const { providerSlug, courseId, lessonId } = await params;
  const { provider, course, lesson, module } = await loadStudioCourse(providerSlug, [courseId, lessonId], `courses/${courseId}/lessons/${lessonId}`, ({ db, user }) =>
    getManagedLesson(db, user, lessonId),
  );
  if (course.id !== courseId) notFound();
  const back = `/provider/${provider.slug}/courses/${course.id}`;
  return (
    <div className="space-y-8">
      <ProviderNav slug={provider.slug} name={provider.name} current="courses" />
      <p className="text-sm">
        <Link href={back} className="font-medium text-brand-700 hover:underline">
          ← {course.title}
        </Link>{" "}
        · {module.title}
      </p>
      <h1 className="text-3xl font-bold tracking-tight">Edit lesson</h1>
      {course.status === "in_review" ? (
        <p className="rounded-lg border border-slate-200 bg-slate-50 p-3 text-sm">This course is in review: lessons cannot change until a reviewer decides.</p>
      ) : (
        <Card className="p-6">
          <StudioForm action={saveLessonAction} submitLabel="Save lesson" labels={{ title: "Title", body: "Content", videoUrl: "Video address", durationMinutes: "Duration" }}>
            <input type="hidden" name="courseId" value={course.id} />
            <input type="hidden" name="lessonId" value={lesson.id} />
            <TextField name="title" label="Title" defaultValue={lesson.title} required />
            <MarkdownField name="body" label="Content (markdown)" defaultValue={lesson.body} rows={16} />
            <div className="grid gap-4 sm:grid-cols-2">
              <TextField name="videoUrl" label="Video address (optional)" hint="YouTube, Vimeo or an https:// video file." defaultValue={lesson.videoUrl ?? ""} inputMode="url" />
              <TextField name="durationMinutes" label="Duration (minutes)" type="number" min={1} defaultValue={lesson.durationMinutes} />
            </div>
            <label className="flex items-center gap-2 text-sm">
              <input type="checkbox" name="isPreview" defaultChecked={lesson.isPreview} className="size-4" />
              Free preview: anyone can open this lesson before buying
            </label>
          </StudioForm>
        </Card>
      )}
    </div>
  );
}
