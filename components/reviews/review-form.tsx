"use client";

import { useRouter } from "next/navigation";
import { useActionState, useEffect, useRef, useTransition, type FormEvent } from "react";
import { deleteReviewAction, saveReviewAction } from "@/app/(learner)/learn/review-actions";
import { Button } from "@/components/ui/button";
import { fieldClasses } from "@/components/ui/input";
import { idleForm } from "@/lib/forms/form-state";

type Props = { courseSlug: string; existing: { rating: number; body: string } | null; onChange?: () => void };

// Rate (1–5, a radio group) and review a completed course; edit or delete later.
export function ReviewForm({ courseSlug, existing, onChange }: Props) {
  const [saved, save, saving] = useActionState(saveReviewAction, idleForm);
  const [deleted, remove, deleting] = useActionState(deleteReviewAction, idleForm);
  const [, startTransition] = useTransition();
  const statusRef = useRef<HTMLDivElement>(null);
  const router = useRouter();
  const state = deleted.status !== "idle" && !saving ? deleted : saved;

  useEffect(() => {
    if (state.status !== "idle") statusRef.current?.focus();
    if (state.status === "success") (onChange ?? router.refresh)();
  }, [state, onChange, router]);

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    startTransition(() => save(data));
  }
  function onDelete() {
    const data = new FormData();
    data.set("courseSlug", courseSlug);
    startTransition(() => remove(data));
  }

  return (
    <form onSubmit={onSubmit} className="space-y-4" noValidate aria-label={existing ? "Edit your review" : "Review this course"}>
      <div ref={statusRef} tabIndex={-1} role={state.status === "error" ? "alert" : "status"} className="focus:outline-none">
        {state.status === "error" ? (
          <p className="rounded-lg border border-red-200 bg-red-50 p-3 text-sm text-red-800">
            {state.message} {Object.values(state.fieldErrors ?? {}).join(" ")}
          </p>
        ) : state.status === "success" ? (
          <p className="rounded-lg border border-emerald-200 bg-emerald-50 p-3 text-sm font-medium text-emerald-800">{state.message}</p>
        ) : null}
      </div>
      <input type="hidden" name="courseSlug" value={courseSlug} />
      <fieldset>
        <legend className="text-sm font-medium text-slate-900">Your rating</legend>
        <div className="mt-1 flex flex-wrap gap-2">
          {[1, 2, 3, 4, 5].map((n) => (
            <label key={`${n}-${existing?.rating}`} className="flex cursor-pointer items-center gap-1 rounded-lg border border-slate-300 px-3 py-1.5 text-sm has-checked:border-brand-700 has-checked:bg-brand-50">
              <input type="radio" name="rating" value={n} defaultChecked={existing?.rating === n} />
              {n} {n === 1 ? "star" : "stars"}
            </label>
          ))}
        </div>
      </fieldset>
      <div className="space-y-1">
        <label htmlFor={`review-body-${courseSlug}`} className="block text-sm font-medium text-slate-900">
          Your review <span className="font-normal text-slate-600">(optional)</span>
        </label>
        <textarea id={`review-body-${courseSlug}`} name="body" rows={4} maxLength={4000} defaultValue={existing?.body ?? ""} className={fieldClasses} />
      </div>
      <div className="flex flex-wrap gap-2">
        <Button type="submit" pending={saving}>
          {saving ? "Saving…" : existing ? "Update review" : "Publish review"}
        </Button>
        {existing ? (
          <Button type="button" variant="secondary" pending={deleting} onClick={onDelete}>
            {deleting ? "Deleting…" : "Delete review"}
          </Button>
        ) : null}
      </div>
    </form>
  );
}
