"use client";

import Link from "next/link";
import { useActionState, useEffect, useRef, useState, useTransition, type FormEvent } from "react";
import { Button, buttonClasses } from "@/components/ui/button";
import { cn } from "@/components/ui/cn";
import type { LearnerQuiz } from "@/lib/learning/get-quiz-for-learner";
import { idleQuiz, type QuizFormState } from "@/lib/learning/quiz-form-state";

type Props = {
  quiz: LearnerQuiz;
  courseSlug: string;
  continueHref: string;
  action: (state: QuizFormState, formData: FormData) => Promise<QuizFormState>;
};

// Receives the questions without their answers; the server grades and replies with
// what was wrong (and, after a pass, what was right).
export function QuizForm({ quiz, courseSlug, continueHref, action }: Props) {
  const [state, formAction, pending] = useActionState(action, idleQuiz);
  const [, startTransition] = useTransition();
  const [round, setRound] = useState(0);
  const resultRef = useRef<HTMLDivElement>(null);
  const graded = state.status === "graded" && round === 0 ? state : null;

  useEffect(() => {
    if (state.status !== "idle") resultRef.current?.focus();
  }, [state]);

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    setRound(0);
    startTransition(() => formAction(data));
  }

  function retry() {
    setRound((r) => r + 1);
    window.scrollTo({ top: 0 });
  }

  const feedbackFor = (questionId: string) => graded?.feedback.find((f) => f.questionId === questionId);

  return (
    <div className="space-y-6">
      {state.status === "error" ? (
        <div ref={resultRef} tabIndex={-1} role="alert" className="rounded-lg border border-red-200 bg-red-50 p-3 text-sm font-medium text-red-800">
          {state.message}
        </div>
      ) : null}
      {graded ? (
        <div
          ref={resultRef}
          tabIndex={-1}
          role="status"
          className={cn("rounded-xl border p-4", graded.passed ? "border-emerald-200 bg-emerald-50" : "border-amber-200 bg-amber-50")}
        >
          <p className="text-lg font-semibold">
            {graded.passed ? "Passed" : "Not passed yet"}: {graded.scorePercent}% ({graded.correctCount} of {graded.questionCount} right)
          </p>
          <p className="text-sm text-slate-700">
            {graded.passed
              ? "Well done — the right answers are marked below."
              : `You need ${graded.passPercent}% to pass. The questions marked below need another look; you can try again as often as you like.`}
          </p>
          <div className="mt-3 flex flex-wrap gap-2">
            {graded.passed ? (
              <Link href={graded.courseCompleted ? `/learn/${courseSlug}/complete` : continueHref} className={buttonClasses("primary", "md")}>
                {graded.courseCompleted ? "See your achievement" : "Continue"}
              </Link>
            ) : (
              <Button onClick={retry}>Try again</Button>
            )}
          </div>
        </div>
      ) : null}

      <form key={round} onSubmit={onSubmit} className="space-y-6" noValidate>
        <input type="hidden" name="courseSlug" value={courseSlug} />
        <input type="hidden" name="quizId" value={quiz.id} />
        {quiz.questions.map((q, qi) => {
          const feedback = feedbackFor(q.id);
          return (
            <fieldset key={q.id} disabled={Boolean(graded)} className="rounded-xl border border-slate-200 bg-white p-4">
              <legend className="px-1 font-semibold">
                {qi + 1}. {q.prompt}
              </legend>
              <p className="mb-2 text-xs text-slate-600">{q.kind === "multiple" ? "Choose all that apply." : "Choose one."}</p>
              <div className="space-y-1">
                {q.options.map((o) => {
                  const right = feedback?.correctOptionIds?.includes(o.id);
                  return (
                    <label key={o.id} className={cn("flex items-start gap-2 rounded-md px-2 py-1.5 hover:bg-slate-50", right && "bg-emerald-50")}>
                      <input type={q.kind === "multiple" ? "checkbox" : "radio"} name={`q.${q.id}`} value={o.id} className="mt-1" />
                      <span>
                        {o.label}
                        {right ? <span className="ml-2 text-sm font-medium text-emerald-800">(right answer)</span> : null}
                      </span>
                    </label>
                  );
                })}
              </div>
              {feedback ? (
                <p className={cn("mt-2 text-sm font-medium", feedback.correct ? "text-emerald-800" : "text-red-800")}>
                  {feedback.correct ? "✓ Correct." : "✗ Not quite."} {feedback.explanation ? <span className="font-normal text-slate-700">{feedback.explanation}</span> : null}
                </p>
              ) : null}
            </fieldset>
          );
        })}
        {graded ? null : (
          <Button type="submit" pending={pending}>
            {pending ? "Checking…" : "Submit answers"}
          </Button>
        )}
      </form>
    </div>
  );
}
