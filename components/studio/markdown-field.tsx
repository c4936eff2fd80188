"use client";

import { useId, useState } from "react";
import { Markdown } from "@/components/markdown";
import { fieldClasses } from "@/components/ui/input";
import { cn } from "@/components/ui/cn";

// A markdown textarea with a live preview rendered by the same sanitized renderer the
// learner sees (components/markdown.tsx). Side by side on wide screens, stacked on small ones.
export function MarkdownField({ name, label, defaultValue, rows = 10, hint }: { name: string; label: string; defaultValue: string; rows?: number; hint?: string }) {
  const id = useId();
  const [text, setText] = useState(defaultValue);
  return (
    <div className="space-y-1">
      <label htmlFor={id} className="block text-sm font-medium text-slate-900">
        {label}
      </label>
      {hint ? (
        <p id={`${id}-hint`} className="text-xs text-slate-600">
          {hint}
        </p>
      ) : null}
      <div className="grid gap-3 lg:grid-cols-2">
        <textarea
          id={id}
          name={name}
          rows={rows}
          defaultValue={defaultValue}
          onChange={(e) => setText(e.target.value)}
          aria-describedby={hint ? `${id}-hint` : undefined}
          className={cn(fieldClasses, "font-mono")}
        />
        <section aria-label={`${label} preview`} className="min-h-24 overflow-auto rounded-lg border border-slate-200 bg-slate-50 p-3">
          <p className="mb-2 text-xs font-medium uppercase tracking-wide text-slate-600">Preview</p>
          {text.trim() ? <Markdown>{text}</Markdown> : <p className="text-sm text-slate-600">Nothing to preview yet.</p>}
        </section>
      </div>
    </div>
  );
}
