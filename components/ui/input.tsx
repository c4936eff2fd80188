import type { ComponentProps } from "react";
import { cn } from "./cn";

export const fieldClasses =
  "block w-full rounded-lg border border-slate-300 bg-white px-3 py-2 text-sm text-slate-900 placeholder:text-slate-500 focus:border-brand-600 focus:outline-2 focus:outline-offset-0 focus:outline-brand-600 aria-[invalid=true]:border-red-700";

export function Input({ className, ...rest }: ComponentProps<"input">) {
  return <input className={cn(fieldClasses, className)} {...rest} />;
}

export function Select({ className, ...rest }: ComponentProps<"select">) {
  return <select className={cn(fieldClasses, "pr-8", className)} {...rest} />;
}

type FieldProps = { id: string; label: string; hint?: string; error?: string; children: React.ReactNode };

// Label, hint and error wired to the control by id so screen readers announce them.
export function Field({ id, label, hint, error, children }: FieldProps) {
  return (
    <div className="space-y-1">
      <label htmlFor={id} className="block text-sm font-medium text-slate-900">
        {label}
      </label>
      {children}
      {hint ? (
        <p id={`${id}-hint`} className="text-xs text-slate-600">
          {hint}
        </p>
      ) : null}
      {error ? (
        <p id={`${id}-error`} role="alert" className="text-xs font-medium text-red-700">
          {error}
        </p>
      ) : null}
    </div>
  );
}
