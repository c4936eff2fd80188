import { z } from "zod";

/** Emails are compared and stored lower-cased and trimmed. */
export const emailSchema = z
  .string()
  .trim()
  .toLowerCase()
  .pipe(z.email("Enter a valid email address").max(254, "Email is too long"));

export function normalizeEmail(email: string): string {
  return email.trim().toLowerCase();
}
