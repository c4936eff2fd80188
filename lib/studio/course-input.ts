import { z } from "zod";

// What the course form may send. Prices are typed in major units ("49.00") and stored
// in minor units; the number of minor digits comes from the currency (JPY has none).

export const studioCurrencies = ["USD", "EUR", "GBP", "CAD", "AUD", "CHF", "JPY"] as const;
export const courseLevels = ["beginner", "intermediate", "advanced"] as const;

const slugPattern = /^[a-z0-9]+(-[a-z0-9]+)*$/;

export function slugifyTitle(title: string): string {
  return title
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 80)
    .replace(/-+$/g, "");
}

function minorDigits(currency: string): number {
  return new Intl.NumberFormat("en-US", { style: "currency", currency }).resolvedOptions().maximumFractionDigits ?? 2;
}

/** "49.5" USD → 4950; null when the text is not a valid amount for the currency. */
export function toMinorUnits(text: string, currency: string): number | null {
  const digits = minorDigits(currency);
  const match = /^(\d{1,7})(?:\.(\d+))?$/.exec(text.trim());
  if (!match) return null;
  const fraction = match[2] ?? "";
  if (fraction.length > digits) return null;
  return Number(match[1]) * 10 ** digits + Number(fraction.padEnd(digits, "0") || "0");
}

const optionalText = (max: number) => z.string().trim().max(max, `must be at most ${max} characters`);

export const courseFormSchema = z
  .object({
    title: z.string().trim().min(3, "must be at least 3 characters").max(120, "must be at most 120 characters"),
    slug: z
      .string()
      .trim()
      .toLowerCase()
      .max(80, "must be at most 80 characters")
      .refine((s) => s === "" || slugPattern.test(s), "may use lowercase letters, digits and single hyphens only"),
    summary: optionalText(300).default(""),
    description: optionalText(20_000).default(""),
    level: z.enum(courseLevels, { message: "choose a level" }),
    language: z
      .string()
      .trim()
      .regex(/^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/, "must be a language tag such as en or pt-BR"),
    durationMinutes: z.coerce.number({ message: "must be a number" }).int("must be whole minutes").min(1, "must be at least 1 minute").max(100_000, "is too long"),
    // Checked here too (not only in the transform), so its message comes with the others.
    price: z
      .string()
      .trim()
      .default("0")
      .refine((v) => v === "" || /^\d{1,7}(\.\d{1,2})?$/.test(v), "must be an amount such as 49 or 49.00 (0 for free)"),
    currency: z.enum(studioCurrencies, { message: "choose a currency" }),
    skillIds: z.array(z.uuid("is not a known skill")).max(12, "pick at most 12 skills").default([]),
    newSkill: optionalText(60).default(""),
  })
  .transform((value, ctx) => {
    const priceAmount = toMinorUnits(value.price === "" ? "0" : value.price, value.currency);
    if (priceAmount === null) {
      ctx.addIssue({ code: "custom", path: ["price"], message: "must be an amount such as 49 or 49.00 (0 for free)" });
      return z.NEVER;
    }
    const slug = value.slug || slugifyTitle(value.title);
    if (!slugPattern.test(slug)) {
      ctx.addIssue({ code: "custom", path: ["slug"], message: "could not be derived from the title: type one" });
      return z.NEVER;
    }
    const { price: _price, ...rest } = value;
    return { ...rest, slug, priceAmount };
  });

export type CourseFormInput = z.input<typeof courseFormSchema>;
export type CourseFormValues = z.output<typeof courseFormSchema>;

/** FormData → the object courseFormSchema reads (repeated skill checkboxes included). */
export function courseFormData(formData: FormData): Record<string, unknown> {
  const get = (k: string) => (typeof formData.get(k) === "string" ? (formData.get(k) as string) : undefined);
  return {
    title: get("title"),
    slug: get("slug") ?? "",
    summary: get("summary") ?? "",
    description: get("description") ?? "",
    level: get("level"),
    language: get("language"),
    durationMinutes: get("durationMinutes"),
    price: get("price") ?? "0",
    currency: get("currency"),
    skillIds: formData.getAll("skillIds").filter((v): v is string => typeof v === "string"),
    newSkill: get("newSkill") ?? "",
  };
}

export function isUniqueViolation(error: unknown): boolean {
  for (let e: unknown = error; e; e = (e as { cause?: unknown }).cause) {
    if ((e as { code?: string }).code === "23505") return true;
  }
  return false;
}
