import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { LockedNotice } from "@/components/learning/locked-notice";
import { PlayerLayout } from "@/components/learning/player-layout";
import { QuizForm } from "@/components/learning/quiz-form";
import { buttonClasses } from "@/components/ui/button";
import { getDb } from "@/db";
import { requireUser } from "@/lib/auth/guards";
import { itemHref } from "@/lib/learning/course-progress";
import { outlineItems } from "@/lib/learning/get-course-outline";
import { getLearnerView, itemAccess } from "@/lib/learning/get-lesson-for-learner";
import { getQuizForLearner, listQuizAttempts } from "@/lib/learning/get-quiz-for-learner";
import { courseSlugSchema, itemIdSchema } from "@/lib/learning/learning-params";
import { submitQuizAction } from "../../../actions";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Quiz", robots: { index: false } };

type Props = { params: Promise<{ courseSlug: string; quizId: string }> };

const dateTime = new Intl.DateTimeFormat("en", { dateStyle: "medium", timeStyle: "short" });

export default async function QuizPage({ params }: Props) {
  const { courseSlug, quizId } = await params;
  const path = `/learn/${courseSlug}/quiz/${quizId}`;
  const user = await requireUser(path);
  if (!courseSlugSchema.safeParse(courseSlug).success || !itemIdSchema.safeParse(quizId).success) notFound();
  const db = await getDb();
  const view = await getLearnerView(db, { courseSlug, userId: user.id });
  const items = view ? outlineItems(view.outline) : [];
  const index = items.findIndex((i) => i.kind === "quiz" && i.id === quizId);
  const item = items[index];
  if (!view || !item) notFound();

  const access = itemAccess(item, view.outline, { signedIn: true, hasAccess: view.hasAccess });
  const [quiz, attempts] = access === "open" ? await Promise.all([getQuizForLearner(db, { quizId }), listQuizAttempts(db, { userId: user.id, quizId })]) : [null, []];
  const previous = items[index - 1];
  const next = items[index + 1];
  const passed = view.progress.passedQuizIds.has(quizId);

  return (
    <PlayerLayout outline={view.outline} progress={view.progress} hasAccess={view.hasAccess} currentId={quizId}>
      {access !== "open" || !quiz ? (
        <LockedNotice access="enroll" courseSlug={courseSlug} title={item.title} returnTo={path} />
      ) : (
        <article className="space-y-6">
          <header className="space-y-2">
            <p className="text-sm text-slate-600">
              Quiz · {quiz.questions.length} {quiz.questions.length === 1 ? "question" : "questions"} · pass mark {quiz.passPercent}%
              {passed ? <span className="ml-2 font-medium text-emerald-800">✓ Passed</span> : null}
            </p>
            <h1 className="text-3xl font-bold tracking-tight">{quiz.title}</h1>
          </header>
          <QuizForm quiz={quiz} courseSlug={courseSlug} continueHref={next ? itemHref(courseSlug, next) : `/learn/${courseSlug}`} action={submitQuizAction} />
          {attempts.length > 0 ? (
            <section aria-labelledby="attempts-heading" className="rounded-xl border border-slate-200 bg-white p-4">
              <h2 id="attempts-heading" className="font-semibold">
                Your attempts
              </h2>
              <ul className="mt-2 space-y-1 text-sm">
                {attempts.map((a) => (
                  <li key={a.id} className="flex justify-between gap-4">
                    <span>{dateTime.format(a.createdAt)}</span>
                    <span className={a.passed ? "font-medium text-emerald-800" : "text-slate-700"}>
                      {a.scorePercent}% {a.passed ? "· passed" : ""}
                    </span>
                  </li>
                ))}
              </ul>
            </section>
          ) : null}
          <nav aria-label="Previous and next" className="flex gap-2 border-t border-slate-200 pt-6">
            {previous ? (
              <Link href={itemHref(courseSlug, previous)} className={buttonClasses("secondary", "md")} rel="prev">
                Previous<span className="sr-only">: {previous.title}</span>
              </Link>
            ) : null}
            {next ? (
              <Link href={itemHref(courseSlug, next)} className={buttonClasses("secondary", "md", "ml-auto")} rel="next">
                Next<span className="sr-only">: {next.title}</span>
              </Link>
            ) : null}
          </nav>
        </article>
      )}
    </PlayerLayout>
  );
}
