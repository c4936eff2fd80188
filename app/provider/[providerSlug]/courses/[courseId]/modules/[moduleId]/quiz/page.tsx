import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { ProviderNav } from "@/components/payments/provider-nav";
import { ConfirmDelete } from "@/components/studio/confirm-delete";
import { QuizEditor } from "@/components/studio/quiz-editor";
import { Card } from "@/components/ui/card";
import { deleteQuizAction, saveQuizAction } from "@/app/provider/course-actions";
import { getQuizForEditor } from "@/lib/studio/save-quiz";
import { loadStudioCourse } from "../../../../../load-course";

export const metadata: Metadata = { title: "Quiz", robots: { index: false } };
export const dynamic = "force-dynamic";

type Props = { params: Promise<{ providerSlug: string; courseId: string; moduleId: string }> };

export default async function QuizEditorPage({ params }: Props) {
  const { providerSlug, courseId, moduleId } = await params;
  const { provider, course, module, quiz, questions } = await loadStudioCourse(providerSlug, [courseId, moduleId], `courses/${courseId}/modules/${moduleId}/quiz`, ({ db, user }) =>
    getQuizForEditor(db, { actor: user, moduleId }),
  );
  if (course.id !== courseId) notFound();
  const initial = {
    title: quiz?.title ?? `${module.title}: check your understanding`,
    passPercent: quiz?.passPercent ?? 70,
    questions: questions.map((q) => ({ prompt: q.prompt, kind: q.kind, explanation: q.explanation ?? "", options: q.options.map((o) => ({ label: o.label, correct: o.isCorrect })) })),
  };
  return (
    <div className="space-y-8">
      <ProviderNav slug={provider.slug} name={provider.name} current="courses" />
      <p className="text-sm">
        <Link href={`/provider/${provider.slug}/courses/${course.id}`} className="font-medium text-brand-700 hover:underline">
          ← {course.title}
        </Link>
      </p>
      <div className="flex flex-wrap items-center justify-between gap-3">
        <h1 className="text-3xl font-bold tracking-tight">Quiz for “{module.title}”</h1>
        {quiz && course.status !== "in_review" ? <ConfirmDelete action={deleteQuizAction} fields={{ courseId: course.id, itemId: module.id }} what="this quiz" /> : null}
      </div>
      {course.status === "in_review" ? (
        <p className="rounded-lg border border-slate-200 bg-slate-50 p-3 text-sm">This course is in review: the quiz cannot change until a reviewer decides.</p>
      ) : (
        <Card className="p-6">
          <QuizEditor action={saveQuizAction} initial={initial} hidden={{ courseId: course.id, moduleId: module.id }} />
        </Card>
      )}
    </div>
  );
}
