import { Field, Input, Select, fieldClasses } from "@/components/ui/input";
import type { Course } from "@/db/schema";
import { toMajorUnits } from "@/lib/catalog/format";
import { courseLevels, studioCurrencies } from "@/lib/studio/course-input";
import { MAX_IMAGE_BYTES, uploadUrl } from "@/lib/uploads/store-image-upload";
import { MarkdownField } from "./markdown-field";

const levelNames = { beginner: "Beginner", intermediate: "Intermediate", advanced: "Advanced" } as const;

// The course details, for the "new course" page and the editor (inside a StudioForm).
export function CourseFields({ course, skills, selectedSkillIds }: { course?: Course; skills: { id: string; name: string }[]; selectedSkillIds: string[] }) {
  const selected = new Set(selectedSkillIds);
  return (
    <div className="space-y-4">
      <div className="grid gap-4 sm:grid-cols-2">
        <Field id="course-title" label="Title">
          <Input id="course-title" name="title" defaultValue={course?.title} required maxLength={120} />
        </Field>
        <Field id="course-slug" label="Address (slug)" hint="Derived from the title when left empty. Lowercase letters, digits and hyphens; must be unique.">
          <Input id="course-slug" name="slug" defaultValue={course?.slug} aria-describedby="course-slug-hint" />
        </Field>
      </div>
      <Field id="course-summary" label="Summary" hint="One or two sentences for the catalog card.">
        <Input id="course-summary" name="summary" defaultValue={course?.summary} maxLength={300} aria-describedby="course-summary-hint" />
      </Field>
      <MarkdownField name="description" label="Description (markdown)" defaultValue={course?.description ?? ""} />
      <div className="grid gap-4 sm:grid-cols-3">
        <Field id="course-level" label="Level">
          <Select id="course-level" name="level" defaultValue={course?.level ?? "beginner"}>
            {courseLevels.map((l) => (
              <option key={l} value={l}>
                {levelNames[l]}
              </option>
            ))}
          </Select>
        </Field>
        <Field id="course-language" label="Language" hint="A language tag such as en, fr or pt-BR.">
          <Input id="course-language" name="language" defaultValue={course?.language ?? "en"} aria-describedby="course-language-hint" />
        </Field>
        <Field id="course-duration" label="Duration (minutes)">
          <Input id="course-duration" name="durationMinutes" type="number" min={1} defaultValue={course?.durationMinutes ?? 60} />
        </Field>
      </div>
      <div className="grid gap-4 sm:grid-cols-2">
        <Field id="course-price" label="Price" hint="0 makes the course free.">
          <Input id="course-price" name="price" inputMode="decimal" defaultValue={course ? toMajorUnits(course.priceAmount, course.currency) : "0"} aria-describedby="course-price-hint" />
        </Field>
        <Field id="course-currency" label="Currency">
          <Select id="course-currency" name="currency" defaultValue={course?.currency ?? "USD"}>
            {studioCurrencies.map((c) => (
              <option key={c}>{c}</option>
            ))}
          </Select>
        </Field>
      </div>
      <fieldset className="space-y-2">
        <legend className="text-sm font-medium text-slate-900">Skills</legend>
        <div className="grid max-h-56 gap-1 overflow-y-auto rounded-lg border border-slate-200 p-3 sm:grid-cols-2 lg:grid-cols-3">
          {skills.map((s) => (
            <label key={s.id} className="flex items-center gap-2 text-sm">
              <input type="checkbox" name="skillIds" value={s.id} defaultChecked={selected.has(s.id)} className="size-4" />
              {s.name}
            </label>
          ))}
        </div>
        <Field id="course-new-skill" label="Propose a new skill (optional)" hint="Added to the taxonomy if no skill has this name yet.">
          <Input id="course-new-skill" name="newSkill" maxLength={60} aria-describedby="course-new-skill-hint" />
        </Field>
      </fieldset>
      <div className="space-y-2">
        {course?.coverImageKey ? (
          // eslint-disable-next-line @next/next/no-img-element -- an uploaded file served by our own route
          <img src={uploadUrl(course.coverImageKey)} alt="Current cover" className="h-32 rounded-lg border border-slate-200 object-cover" />
        ) : null}
        <Field id="course-cover" label="Cover image" hint={`PNG, JPEG or WebP, at most ${MAX_IMAGE_BYTES / 1024 / 1024} MB.`}>
          <input id="course-cover" name="cover" type="file" accept="image/png,image/jpeg,image/webp" className={fieldClasses} aria-describedby="course-cover-hint" />
        </Field>
      </div>
    </div>
  );
}

export const courseFieldLabels = {
  title: "Title",
  slug: "Address (slug)",
  summary: "Summary",
  description: "Description",
  level: "Level",
  language: "Language",
  durationMinutes: "Duration",
  price: "Price",
  currency: "Currency",
  skillIds: "Skills",
  newSkill: "New skill",
  cover: "Cover image",
};
