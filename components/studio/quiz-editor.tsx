"use client";

import { useState } from "react";
import { Button } from "@/components/ui/button";
import { Field, Input, Select, fieldClasses } from "@/components/ui/input";
import type { FormState } from "@/lib/forms/form-state";
import { StudioForm } from "./studio-form";

type Option = { key: number; label: string; correct: boolean };
type Question = { key: number; prompt: string; kind: "single" | "multiple"; explanation: string; options: Option[] };

let nextKey = 1;
const blankOption = (): Option => ({ key: nextKey++, label: "", correct: false });
const blankQuestion = (): Question => ({ key: nextKey++, prompt: "", kind: "single", explanation: "", options: [blankOption(), blankOption()] });

// Questions, options and correct answers as one form. Field names carry the position
// (questions.0.options.1.label), which the server reads back in order.
export function QuizEditor({
  action,
  initial,
  hidden,
}: {
  hidden: Record<string, string>;
  action: (state: FormState, formData: FormData) => Promise<FormState>;
  initial: { title: string; passPercent: number; questions: { prompt: string; kind: "single" | "multiple"; explanation: string; options: { label: string; correct: boolean }[] }[] };
}) {
  const [questions, setQuestions] = useState<Question[]>(() =>
    initial.questions.length
      ? initial.questions.map((q) => ({ ...q, key: nextKey++, options: q.options.map((o) => ({ ...o, key: nextKey++ })) }))
      : [blankQuestion()],
  );
  const update = (key: number, change: (q: Question) => Question) => setQuestions((qs) => qs.map((q) => (q.key === key ? change(q) : q)));

  return (
    <StudioForm action={action} submitLabel="Save quiz" labels={{ title: "Quiz title", passPercent: "Pass mark", questions: "Questions" }}>
      {Object.entries(hidden).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      <div className="grid gap-4 sm:grid-cols-2">
        <Field id="quiz-title" label="Quiz title">
          <Input id="quiz-title" name="title" defaultValue={initial.title} required />
        </Field>
        <Field id="quiz-pass" label="Pass mark (% of questions right)">
          <Input id="quiz-pass" name="passPercent" type="number" min={1} max={100} defaultValue={initial.passPercent} required />
        </Field>
      </div>
      <ol className="space-y-4">
        {questions.map((q, i) => (
          <li key={q.key}>
            <fieldset className="space-y-3 rounded-xl border border-slate-200 bg-white p-4">
              <legend className="px-1 text-sm font-semibold">Question {i + 1}</legend>
              <Field id={`q-${q.key}-prompt`} label="Prompt">
                <textarea id={`q-${q.key}-prompt`} name={`questions.${i}.prompt`} rows={2} className={fieldClasses} value={q.prompt} onChange={(e) => update(q.key, (x) => ({ ...x, prompt: e.target.value }))} />
              </Field>
              <Field id={`q-${q.key}-kind`} label="Answers">
                <Select id={`q-${q.key}-kind`} name={`questions.${i}.kind`} value={q.kind} onChange={(e) => update(q.key, (x) => ({ ...x, kind: e.target.value as Question["kind"] }))}>
                  <option value="single">One correct option</option>
                  <option value="multiple">Several correct options</option>
                </Select>
              </Field>
              <fieldset className="space-y-2">
                <legend className="text-sm font-medium">Options (tick the correct ones)</legend>
                {q.options.map((o, j) => (
                  <div key={o.key} className="flex items-center gap-2">
                    <input
                      type="checkbox"
                      id={`q-${q.key}-o-${o.key}-correct`}
                      name={`questions.${i}.options.${j}.correct`}
                      checked={o.correct}
                      onChange={(e) => update(q.key, (x) => ({ ...x, options: x.options.map((y) => (y.key === o.key ? { ...y, correct: e.target.checked } : y)) }))}
                      className="size-4"
                    />
                    <label htmlFor={`q-${q.key}-o-${o.key}-correct`} className="sr-only">
                      Option {j + 1} is correct
                    </label>
                    <label htmlFor={`q-${q.key}-o-${o.key}`} className="sr-only">
                      Option {j + 1} of question {i + 1}
                    </label>
                    <Input
                      id={`q-${q.key}-o-${o.key}`}
                      name={`questions.${i}.options.${j}.label`}
                      placeholder={`Option ${j + 1}`}
                      value={o.label}
                      onChange={(e) => update(q.key, (x) => ({ ...x, options: x.options.map((y) => (y.key === o.key ? { ...y, label: e.target.value } : y)) }))}
                    />
                    <Button
                      variant="ghost"
                      size="sm"
                      disabled={q.options.length <= 2}
                      onClick={() => update(q.key, (x) => ({ ...x, options: x.options.filter((y) => y.key !== o.key) }))}
                    >
                      Remove<span className="sr-only"> option {j + 1} of question {i + 1}</span>
                    </Button>
                  </div>
                ))}
                <Button variant="secondary" size="sm" disabled={q.options.length >= 8} onClick={() => update(q.key, (x) => ({ ...x, options: [...x.options, blankOption()] }))}>
                  Add option<span className="sr-only"> to question {i + 1}</span>
                </Button>
              </fieldset>
              <Field id={`q-${q.key}-explanation`} label="Explanation shown after a wrong answer (optional)">
                <Input id={`q-${q.key}-explanation`} name={`questions.${i}.explanation`} value={q.explanation} onChange={(e) => update(q.key, (x) => ({ ...x, explanation: e.target.value }))} />
              </Field>
              <Button variant="ghost" size="sm" disabled={questions.length <= 1} onClick={() => setQuestions((qs) => qs.filter((x) => x.key !== q.key))}>
                Remove question {i + 1}
              </Button>
            </fieldset>
          </li>
        ))}
      </ol>
      <Button variant="secondary" onClick={() => setQuestions((qs) => [...qs, blankQuestion()])} disabled={questions.length >= 50}>
        Add question
      </Button>
    </StudioForm>
  );
}
