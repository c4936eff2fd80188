import type { z } from "zod";

// What every server action form returns: a message and per-field errors to show
// in the form's error summary. Never includes submitted secrets.
export type FormState = {
  status: "idle" | "error" | "success";
  message?: string;
  fieldErrors?: Record<string, string>;
};

export const idleForm: FormState = { status: "idle" };

export function invalidForm(error: z.ZodError, message = "Please correct the highlighted fields."): FormState {
  const fieldErrors: Record<string, string> = {};
  for (const issue of error.issues) {
    const key = String(issue.path[0] ?? "form");
    fieldErrors[key] ??= issue.message;
  }
  return { status: "error", message, fieldErrors };
}

export function formError(message: string): FormState {
  return { status: "error", message };
}

export function formSuccess(message: string): FormState {
  return { status: "success", message };
}

/**
 * FormData → plain object of strings, for zod. Files and repeats are ignored. NUL
 * characters are dropped: no field means anything by one, and Postgres text cannot
 * store it (a crafted form post was a 500 before issue 15).
 */
export function formFields(formData: FormData): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [key, value] of formData.entries()) if (typeof value === "string" && !(key in out)) out[key] = value.replaceAll("\u0000", "");
  return out;
}
