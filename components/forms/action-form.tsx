"use client";

import { useActionState, useEffect, useRef, useTransition, type FormEvent, type ReactNode } from "react";
import { Button } from "@/components/ui/button";
import { idleForm, type FormState } from "@/lib/forms/form-state";

type Props = {
  action: (state: FormState, formData: FormData) => Promise<FormState>;
  submitLabel: string;
  pendingLabel?: string;
  variant?: "primary" | "secondary" | "danger";
  labels?: Record<string, string>;
  children: ReactNode;
  className?: string;
};

// Wraps server-rendered fields with pending feedback and an accessible error
// summary. Submitting through a transition (instead of the form's native action)
// keeps what the user typed when the server says no.
export function ActionForm({ action, submitLabel, pendingLabel, variant = "primary", labels = {}, children, className }: Props) {
  const [state, formAction, pending] = useActionState(action, idleForm);
  const [, startTransition] = useTransition();
  const summary = useRef<HTMLDivElement>(null);
  const formRef = useRef<HTMLFormElement>(null);

  useEffect(() => {
    if (state.status === "error") summary.current?.focus();
    if (state.status === "success") formRef.current?.querySelectorAll<HTMLInputElement>("input[type=password]").forEach((i) => (i.value = ""));
  }, [state]);

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    startTransition(() => formAction(data));
  }

  const fieldErrors = Object.entries(state.fieldErrors ?? {});
  return (
    <form ref={formRef} action={formAction} onSubmit={onSubmit} className={className ?? "space-y-4"} noValidate>
      {state.status === "error" ? (
        <div ref={summary} tabIndex={-1} role="alert" className="rounded-lg border border-red-200 bg-red-50 p-3 text-sm text-red-800 focus:outline-2 focus:outline-red-700">
          <p className="font-medium">{state.message}</p>
          {fieldErrors.length > 0 ? (
            <ul className="mt-1 list-disc pl-5">
              {fieldErrors.map(([field, message]) => (
                <li key={field}>
                  {labels[field] ? `${labels[field]}: ` : ""}
                  {message}
                </li>
              ))}
            </ul>
          ) : null}
        </div>
      ) : null}
      {state.status === "success" ? (
        <p role="status" className="rounded-lg border border-emerald-200 bg-emerald-50 p-3 text-sm font-medium text-emerald-800">
          {state.message}
        </p>
      ) : null}
      {children}
      <Button type="submit" variant={variant} pending={pending}>
        {pending ? (pendingLabel ?? "Working…") : submitLabel}
      </Button>
    </form>
  );
}
