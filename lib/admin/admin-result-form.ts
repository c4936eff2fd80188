import { formError, formSuccess, type FormState } from "@/lib/forms/form-state";
import type { AdminResult } from "./admin-result";

/** A domain answer as the form shows it. */
export function resultToForm(result: AdminResult, success: string): FormState {
  return result.ok ? formSuccess(success) : formError(result.message);
}
