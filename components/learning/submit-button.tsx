"use client";

import { useFormStatus } from "react-dom";
import { Button } from "@/components/ui/button";

/** A submit button for plain server-action forms: shows progress while the action runs. */
export function SubmitButton({ children, pendingLabel, variant }: { children: string; pendingLabel: string; variant?: "primary" | "secondary" }) {
  const { pending } = useFormStatus();
  return (
    <Button type="submit" variant={variant} pending={pending}>
      {pending ? pendingLabel : children}
    </Button>
  );
}
