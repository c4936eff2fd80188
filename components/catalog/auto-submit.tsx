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
    const onChange = (event: Event) => {
      const target = event.target as HTMLInputElement | HTMLSelectElement;
      if (target.type === "number" || target.type === "search" || target.type === "text") return; // typed values apply on Enter
      form.requestSubmit();
    };
    form.addEventListener("change", onChange);
    return () => form.removeEventListener("change", onChange);
  }, [formId]);
  return null;
}
