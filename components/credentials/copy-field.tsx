"use client";

import { useId } from "react";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/input";
import { useToast } from "@/components/ui/toast";

// A read-only value with a Copy button (credential id, URL, issuer…).
export function CopyField({ label, value }: { label: string; value: string }) {
  const id = useId();
  const toast = useToast();
  async function copy() {
    try {
      await navigator.clipboard.writeText(value);
      toast.show(`${label} copied`, "success");
    } catch {
      toast.show("Could not copy — select the text and copy it yourself", "error");
    }
  }
  return (
    <div className="space-y-1">
      <label htmlFor={id} className="block text-xs font-medium text-slate-700">
        {label}
      </label>
      <div className="flex gap-2">
        <Input id={id} readOnly value={value} onFocus={(e) => e.currentTarget.select()} className="font-mono text-xs" />
        <Button variant="secondary" size="md" onClick={copy}>
          Copy<span className="sr-only"> {label}</span>
        </Button>
      </div>
    </div>
  );
}
