"use client";

import { useActionState, useEffect, useState, useTransition, type FormEvent, type ReactNode } from "react";
import { FormFeedback } from "@/components/forms/form-feedback";
import { Button } from "@/components/ui/button";
import { formError, idleForm, type FormState } from "@/lib/forms/form-state";
import { oversizedFile, tooLargeMessage } from "@/lib/uploads/upload-limits";

type Props = {
  action: (state: FormState, formData: FormData) => Promise<FormState>;
  submitLabel: string;
  pendingLabel?: string;
  labels?: Record<string, string>;
  children: ReactNode;
  className?: string;
  encType?: "multipart/form-data";
};

// An editor form: the error summary and pending state of ActionForm, plus a guard
// against losing work — once a field changes, leaving the page (reload, close, a
// link) asks first, until the form is saved.
export function StudioForm({ action, submitLabel, pendingLabel, labels = {}, children, className, encType }: Props) {
  const [state, formAction, pending] = useActionState(action, idleForm);
  const [, startTransition] = useTransition();
  // The form state in which the user last changed a field: dirty until a save succeeds after it.
  const [changedIn, setChangedIn] = useState<FormState | null>(null);
  const dirty = changedIn !== null && (changedIn === state || state.status !== "success");
  // A file too large for the server action's body limit is refused here, before sending.
  const [clientError, setClientError] = useState<FormState | null>(null);

  useEffect(() => {
    if (!dirty) return;
    const warn = (event: BeforeUnloadEvent) => event.preventDefault();
    // In-app links skip beforeunload; ask before following one.
    const onClick = (event: MouseEvent) => {
      const link = (event.target as HTMLElement | null)?.closest("a[href]");
      if (link && !link.closest("form") && !window.confirm("You have unsaved changes. Leave this page anyway?")) event.preventDefault();
    };
    window.addEventListener("beforeunload", warn);
    document.addEventListener("click", onClick, true);
    return () => {
      window.removeEventListener("beforeunload", warn);
      document.removeEventListener("click", onClick, true);
    };
  }, [dirty]);

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    const tooLarge = oversizedFile(data);
    if (tooLarge) {
      setClientError(formError(`${tooLarge.name}: ${tooLargeMessage}`));
      return;
    }
    setClientError(null);
    startTransition(() => formAction(data));
  }

  return (
    <form action={formAction} onSubmit={onSubmit} onChange={() => setChangedIn(state)}
      // Editors that add or remove parts with buttons (the quiz editor) change the form too.
      onClickCapture={(event) => {
        if ((event.target as HTMLElement).closest("button[type=button]")) setChangedIn(state);
      }} className={className ?? "space-y-4"} encType={encType} noValidate>
      <FormFeedback state={clientError ?? state} labels={labels} />
      {children}
      <div className="flex flex-wrap items-center gap-3">
        <Button type="submit" pending={pending}>
          {pending ? (pendingLabel ?? "Saving…") : submitLabel}
        </Button>
        {dirty && !pending ? <span className="text-sm text-amber-900">Unsaved changes</span> : null}
      </div>
    </form>
  );
}
