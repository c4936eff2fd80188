"use client";

import { useRef, useState } from "react";
import { Button } from "@/components/ui/button";
import { fieldClasses } from "@/components/ui/input";
import type { VerificationResult } from "@/lib/credentials/verify-credential";
import { VerificationResultPanel } from "./verification-result";

type State = { kind: "idle" } | { kind: "pending" } | { kind: "error"; message: string } | { kind: "done"; result: VerificationResult & { credentialId: string | null } };

// Posts to the public API (the same checks for people and programs). Without
// JavaScript the form still submits there and the JSON answer is shown.
export function VerifyForm({ maxBytes }: { maxBytes: number }) {
  const [state, setState] = useState<State>({ kind: "idle" });
  const resultRef = useRef<HTMLDivElement>(null);

  async function onSubmit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const file = form.get("file");
    if (file instanceof File && file.size > maxBytes) {
      setState({ kind: "error", message: `The file is larger than ${maxBytes / 1_000_000} MB.` });
      return;
    }
    setState({ kind: "pending" });
    try {
      const response = await fetch("/api/v1/verify", { method: "POST", body: form });
      const body = await response.json();
      if (!response.ok) setState({ kind: "error", message: body?.error?.detail ?? body?.error?.title ?? "The credential could not be checked." });
      else setState({ kind: "done", result: body });
    } catch {
      setState({ kind: "error", message: "The check could not reach the server. Try again." });
    }
    requestAnimationFrame(() => resultRef.current?.focus());
  }

  return (
    <div className="space-y-6">
      <form action="/api/v1/verify" method="post" encType="multipart/form-data" onSubmit={onSubmit} className="space-y-4 rounded-xl border border-slate-200 bg-white p-5">
        <div className="space-y-1">
          <label htmlFor="verify-file" className="block text-sm font-medium text-slate-900">
            Upload a badge or credential file
          </label>
          <input
            id="verify-file"
            name="file"
            type="file"
            accept=".json,.jsonld,.png,.svg,application/json,application/ld+json,image/png,image/svg+xml"
            aria-describedby="verify-file-hint"
            className="block w-full text-sm file:mr-3 file:rounded-lg file:border file:border-slate-300 file:bg-white file:px-3 file:py-2 file:text-sm file:font-medium hover:file:bg-slate-50"
          />
          <p id="verify-file-hint" className="text-xs text-slate-600">
            A baked PNG or SVG badge, or the credential JSON. Up to {maxBytes / 1_000_000} MB.
          </p>
        </div>
        <div className="space-y-1">
          <label htmlFor="verify-text" className="block text-sm font-medium text-slate-900">
            Or paste the credential JSON
          </label>
          <textarea id="verify-text" name="credential" rows={8} className={`${fieldClasses} font-mono text-xs`} placeholder='{"@context": ["https://www.w3.org/ns/credentials/v2", …' />
        </div>
        <Button type="submit" pending={state.kind === "pending"}>
          Verify
        </Button>
      </form>

      <div ref={resultRef} tabIndex={-1} aria-live="polite" className="outline-none">
        {state.kind === "error" ? (
          <p role="alert" className="rounded-xl border border-red-300 bg-red-50 p-4 text-sm font-medium text-red-900">
            {state.message}
          </p>
        ) : null}
        {state.kind === "done" ? (
          <div className="space-y-2">
            <VerificationResultPanel result={state.result} />
            {state.result.credentialId && typeof state.result.credentialId === "string" ? (
              <p className="text-sm text-slate-700">
                Credential: <span className="break-all font-mono text-xs">{state.result.credentialId}</span>
              </p>
            ) : null}
          </div>
        ) : null}
      </div>
    </div>
  );
}
