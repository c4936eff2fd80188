"use client";

import { useActionState, useState } from "react";
import { Markdown } from "@/components/markdown";
import { Button } from "@/components/ui/button";
import { Field, fieldClasses, Input, Select } from "@/components/ui/input";
import type { AchievementFormState, AchievementFormValues } from "./achievement-form-state";

type Props = {
  action: (state: AchievementFormState, formData: FormData) => Promise<AchievementFormState>;
  providerSlug: string;
  courseId: string;
  initial: AchievementFormValues;
  types: readonly string[];
  /** whether the achievement has an uploaded image (else the badge is generated) */
  hasUploadedImage: boolean;
};

const typeLabel = (t: string) => t.replace(/([a-z])([A-Z])/g, "$1 $2");

export function AchievementForm({ action, providerSlug, courseId, initial, types, hasUploadedImage }: Props) {
  const [state, formAction, pending] = useActionState(action, { status: "idle" });
  const values = state.values ?? initial;
  const errors = state.fieldErrors ?? {};
  const [rows, setRows] = useState(values.alignments.length + 1);
  const [tab, setTab] = useState<"write" | "preview">("write");
  const [criteria, setCriteria] = useState(values.criteria);
  const err = (key: string) => errors[key];
  const described = (key: string) => (err(key) ? { "aria-invalid": true as const, "aria-describedby": `${key}-error` } : {});

  return (
    <form action={formAction} className="space-y-6" key={state.values ? JSON.stringify(state.values) : "initial"}>
      <input type="hidden" name="providerSlug" value={providerSlug} />
      <input type="hidden" name="courseId" value={courseId} />
      {state.message ? (
        <p role={state.status === "error" ? "alert" : "status"} className={state.status === "error" ? "rounded-lg bg-red-50 p-3 text-sm text-red-900" : "rounded-lg bg-emerald-50 p-3 text-sm text-emerald-900"}>
          {state.message}
        </p>
      ) : null}
      <Field id="name" label="Name" error={err("name")}>
        <Input id="name" name="name" defaultValue={values.name} required {...described("name")} />
      </Field>
      <Field id="description" label="Description" hint="One or two sentences on what the holder can do." error={err("description")}>
        <textarea id="description" name="description" rows={3} defaultValue={values.description} className={fieldClasses} required {...described("description")} />
      </Field>
      <div className="space-y-1">
        <div className="flex items-center justify-between">
          <label htmlFor="criteria" className="block text-sm font-medium text-slate-900">
            Criteria (Markdown)
          </label>
          <div role="group" aria-label="Criteria view" className="flex gap-1">
            <Button size="sm" variant={tab === "write" ? "secondary" : "ghost"} aria-pressed={tab === "write"} onClick={() => setTab("write")}>
              Write
            </Button>
            <Button size="sm" variant={tab === "preview" ? "secondary" : "ghost"} aria-pressed={tab === "preview"} onClick={() => setTab("preview")}>
              Preview
            </Button>
          </div>
        </div>
        <textarea
          id="criteria"
          name="criteria"
          rows={6}
          value={criteria}
          onChange={(e) => setCriteria(e.target.value)}
          className={`${fieldClasses} font-mono ${tab === "preview" ? "sr-only" : ""}`}
          required
          {...described("criteria")}
        />
        {tab === "preview" ? (
          <div className="rounded-lg border border-slate-200 bg-white p-3" aria-label="Criteria preview">
            <Markdown>{criteria || "_Nothing to preview yet._"}</Markdown>
          </div>
        ) : null}
        {err("criteria") ? (
          <p id="criteria-error" role="alert" className="text-xs font-medium text-red-700">
            {err("criteria")}
          </p>
        ) : null}
      </div>
      <div className="grid gap-4 sm:grid-cols-2">
        <Field id="achievementType" label="Achievement type" error={err("achievementType")}>
          <Select id="achievementType" name="achievementType" defaultValue={values.achievementType} {...described("achievementType")}>
            {types.map((t) => (
              <option key={t} value={t}>
                {typeLabel(t)}
              </option>
            ))}
          </Select>
        </Field>
        <Field id="validityDays" label="Valid for (days)" hint="Leave empty for credentials that never expire." error={err("validityDays")}>
          <Input id="validityDays" name="validityDays" type="number" min={1} max={36500} defaultValue={values.validityDays ?? ""} {...described("validityDays")} />
        </Field>
      </div>
      <Field id="image" label="Badge image" hint="PNG or JPEG, square works best, at most 2 MB. Leave empty to keep the current image." error={err("image")}>
        <input id="image" name="image" type="file" accept="image/png,image/jpeg" className="block w-full text-sm" {...described("image")} />
      </Field>
      {hasUploadedImage ? (
        <label className="flex items-center gap-2 text-sm">
          <input type="checkbox" name="removeImage" /> Use the generated badge instead of the uploaded image
        </label>
      ) : null}
      <fieldset className="space-y-3">
        <legend className="text-sm font-medium text-slate-900">Skills (alignments)</legend>
        <p className="text-xs text-slate-600">A skill name and its URL; optionally the framework (e.g. ESCO, O*NET) and the code there.</p>
        {Array.from({ length: rows }, (_, i) => {
          const a = values.alignments[i] as Partial<Record<"targetName" | "targetUrl" | "targetFramework" | "targetCode", string>> | undefined;
          const rowError = err(`alignments.${i}.targetName`) ?? err(`alignments.${i}.targetUrl`);
          return (
            <div key={i} className="grid gap-2 rounded-lg border border-slate-200 p-3 sm:grid-cols-[1fr_1fr_8rem_8rem_auto]">
              <Input aria-label={`Skill ${i + 1} name`} name={`alignment.${i}.name`} defaultValue={a?.targetName ?? ""} placeholder="Skill name" />
              <Input aria-label={`Skill ${i + 1} URL`} name={`alignment.${i}.url`} defaultValue={a?.targetUrl ?? ""} placeholder="https://…" />
              <Input aria-label={`Skill ${i + 1} framework`} name={`alignment.${i}.framework`} defaultValue={a?.targetFramework ?? ""} placeholder="Framework" />
              <Input aria-label={`Skill ${i + 1} code`} name={`alignment.${i}.code`} defaultValue={a?.targetCode ?? ""} placeholder="Code" />
              <label className="flex items-center gap-1 text-sm">
                <input type="checkbox" name={`alignment.${i}.remove`} /> Remove
              </label>
              {rowError ? (
                <p role="alert" className="text-xs font-medium text-red-700 sm:col-span-5">
                  Skill {i + 1}: {rowError}
                </p>
              ) : null}
            </div>
          );
        })}
        {rows < 20 ? (
          <Button variant="secondary" size="sm" onClick={() => setRows((n) => n + 1)}>
            Add a skill
          </Button>
        ) : null}
      </fieldset>
      <Button type="submit" pending={pending}>
        Save achievement
      </Button>
    </form>
  );
}
