"use client";

import { useActionState, useEffect, useRef, useTransition, type FormEvent, type ReactNode } from "react";
import { FormFeedback } from "@/components/forms/form-feedback";
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
  const formRef = useRef<HTMLFormElement>(null);

  useEffect(() => {
    if (state.status === "success") formRef.current?.querySelectorAll<HTMLInputElement>("input[type=password]").forEach((i) => (i.value = ""));
  }, [state]);

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    startTransition(() => formAction(data));
  }

  return (
    <form ref={formRef} action={formAction} onSubmit={onSubmit} className={className ?? "space-y-4"} noValidate>
      <FormFeedback state={state} labels={labels} />
      {children}
      <Button type="submit" variant={variant} pending={pending}>
        {pending ? (pendingLabel ?? "Working…") : submitLabel}
      </Button>
    </form>
  );
}
