"use client";

import { useEffect, useRef } from "react";

// Progressive enhancement for the filter form: with JavaScript, ticking a box or
// changing the sort applies it at once; without, the Apply button does the same.
export function AutoSubmit({ formId }: { formId: string }) {
  const attached = useRef(false);
  useEffect(() => {
    const form = document.getElementById(formId);
    if (!(form instanceof HTMLFormElement) || attached.current) return;
    attached.current = true;
    // Listen on the document: controls tied to the form by its id (the sort select)
    // sit outside the form element, so their events never reach it.
    const onChange = (event: Event) => {
      const target = event.target;
      if (!(target instanceof HTMLInputElement || target instanceof HTMLSelectElement) || target.form !== form) return;
      if (target.type === "number" || target.type === "search" || target.type === "text") return; // typed values apply on Enter
      form.requestSubmit();
    };
    document.addEventListener("change", onChange);
    return () => document.removeEventListener("change", onChange);
  }, [formId]);
  return null;
}
