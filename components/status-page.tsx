import type { ReactNode } from "react";

/** The shared layout of the 403 and 404 pages. */
export function StatusPage({ code, title, children, actions }: { code: string; title: string; children: ReactNode; actions: ReactNode }) {
  return (
    <div className="mx-auto max-w-lg py-16 text-center">
      <p className="text-sm font-semibold text-brand-700">{code}</p>
      <h1 className="mt-2 text-3xl font-bold tracking-tight">{title}</h1>
      <p className="mt-3 text-slate-600">{children}</p>
      <div className="mt-8 flex justify-center gap-3">{actions}</div>
    </div>
  );
}
