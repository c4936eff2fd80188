import { Markdown } from "@/components/markdown";
import { Badge } from "@/components/ui/badge";
import { Card } from "@/components/ui/card";
import { formatDuration, formatPrice, levelLabel } from "@/lib/catalog/format";
import type { CoursePreview as Preview } from "@/lib/studio/get-course-preview";
import { uploadUrl } from "@/lib/uploads/store-image-upload";
import { CourseStatusBadge } from "./course-status-badge";

// The course the way a learner will meet it, every lesson open: for review and for
// the provider's own check before submitting.
export function CoursePreview({ preview }: { preview: Preview }) {
  const { course, provider, modules, skills, achievement } = preview;
  return (
    <article className="space-y-6">
      <header className="space-y-3 rounded-xl border border-slate-200 bg-white p-6">
        <div className="flex flex-wrap items-center gap-2 text-sm">
          <CourseStatusBadge status={course.status} />
          <span className="text-slate-600">by {provider.name}</span>
        </div>
        <h1 className="text-3xl font-bold tracking-tight">{course.title}</h1>
        {course.summary ? <p className="text-lg text-slate-700">{course.summary}</p> : null}
        <dl className="flex flex-wrap gap-x-6 gap-y-1 text-sm">
          <div className="flex gap-1"><dt className="text-slate-600">Price</dt><dd className="font-medium">{formatPrice(course.priceAmount, course.currency)}</dd></div>
          <div className="flex gap-1"><dt className="text-slate-600">Level</dt><dd>{levelLabel[course.level]}</dd></div>
          <div className="flex gap-1"><dt className="text-slate-600">Duration</dt><dd>{formatDuration(course.durationMinutes)}</dd></div>
          <div className="flex gap-1"><dt className="text-slate-600">Language</dt><dd>{course.language}</dd></div>
        </dl>
        {skills.length ? (
          <ul className="flex flex-wrap gap-2" aria-label="Skills">
            {skills.map((s) => (
              <li key={s}><Badge tone="brand">{s}</Badge></li>
            ))}
          </ul>
        ) : null}
        {course.coverImageKey ? (
          // eslint-disable-next-line @next/next/no-img-element -- an uploaded file served by our own route
          <img src={uploadUrl(course.coverImageKey)} alt="" className="max-h-64 rounded-lg object-cover" />
        ) : null}
      </header>
      {course.description ? (
        <Card className="p-6">
          <h2 className="mb-3 text-xl font-semibold">About this course</h2>
          <Markdown>{course.description}</Markdown>
        </Card>
      ) : null}
      <section aria-labelledby="preview-syllabus" className="space-y-3">
        <h2 id="preview-syllabus" className="text-xl font-semibold">Syllabus</h2>
        {modules.length === 0 ? <p className="text-sm text-slate-600">No modules yet.</p> : null}
        {modules.map((m, i) => (
          <Card key={m.id} className="space-y-2 p-4">
            <h3 className="font-semibold">Module {i + 1}: {m.title}</h3>
            <ol className="space-y-2">
              {m.lessons.map((l, j) => (
                <li key={l.id}>
                  <details className="rounded-lg border border-slate-200 p-3">
                    <summary className="cursor-pointer text-sm font-medium">
                      {j + 1}. {l.title} {l.isPreview ? <Badge tone="brand">Free preview</Badge> : null}
                    </summary>
                    <div className="mt-3 space-y-2">
                      {l.videoUrl ? <p className="text-sm">Video: <a href={l.videoUrl} rel="noopener noreferrer" className="text-brand-700 underline">{l.videoUrl}</a></p> : null}
                      {l.body ? <Markdown>{l.body}</Markdown> : <p className="text-sm text-slate-600">No content yet.</p>}
                    </div>
                  </details>
                </li>
              ))}
            </ol>
            {m.quiz ? <p className="text-sm text-slate-700">Quiz: {m.quiz.title} · {m.quiz.questionCount} questions · pass mark {m.quiz.passPercent}%</p> : null}
          </Card>
        ))}
      </section>
      <section aria-labelledby="preview-achievement" className="space-y-2">
        <h2 id="preview-achievement" className="text-xl font-semibold">Credential</h2>
        {achievement ? (
          <Card className="space-y-2 p-4">
            <p className="font-semibold">{achievement.name}</p>
            <p className="text-sm text-slate-700">{achievement.description}</p>
            <Markdown>{achievement.criteria}</Markdown>
          </Card>
        ) : (
          <p className="text-sm text-slate-600">No achievement yet.</p>
        )}
      </section>
    </article>
  );
}
