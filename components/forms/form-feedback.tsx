"use client";

import { useEffect, useRef } from "react";
import type { FormState } from "@/lib/forms/form-state";

/**
 * What a server action said about a form: an error summary (focused, so screen readers
 * and keyboard users land on it) listing each field's problem by its label, or a
 * success status. Shared by ActionForm and the studio's StudioForm.
 */
export function FormFeedback({ state, labels = {} }: { state: FormState; labels?: Record<string, string> }) {
  const summary = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (state.status === "error") summary.current?.focus();
  }, [state]);

  if (state.status === "success") {
    return (
      <p role="status" className="rounded-lg border border-emerald-200 bg-emerald-50 p-3 text-sm font-medium text-emerald-800">
        {state.message}
      </p>
    );
  }
  if (state.status !== "error") return null;
  const fieldErrors = Object.entries(state.fieldErrors ?? {});
  return (
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
  );
}
