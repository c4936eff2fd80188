import type { ComponentProps } from "react";
import { Field, Input } from "@/components/ui/input";

type Props = ComponentProps<"input"> & { name: string; label: string; hint?: string };

/** A labelled input for server-rendered forms inside <ActionForm>. */
export function TextField({ name, label, hint, id, ...rest }: Props) {
  const fieldId = id ?? `field-${name}`;
  return (
    <Field id={fieldId} label={label} hint={hint}>
      <Input id={fieldId} name={name} aria-describedby={hint ? `${fieldId}-hint` : undefined} {...rest} />
    </Field>
  );
}
