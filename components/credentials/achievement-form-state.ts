import type { achievementFormToInput } from "@/lib/credentials/update-achievement";

export type AchievementFormValues = ReturnType<typeof achievementFormToInput>;

export type AchievementFormState = {
  status: "idle" | "error" | "success";
  message?: string;
  fieldErrors?: Record<string, string>;
  /** What was submitted, so a rejected form keeps the provider's typing. */
  values?: AchievementFormValues;
};
