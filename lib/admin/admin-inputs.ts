import { z } from "zod";

// Shared boundary rules for the admin console's forms.
export const reasonSchema = z.string().trim().min(5, "Give a reason (at least 5 characters)").max(1000, "Keep the reason under 1000 characters");
export const optionalReasonSchema = z.string().trim().max(1000, "Keep the reason under 1000 characters").optional().transform((v) => v || null);
export const pageSchema = z.coerce.number().int().min(1).max(10_000).catch(1);
export const searchTextSchema = z.string().trim().max(200).optional().transform((v) => v || undefined);
export const PAGE_SIZE = 25;

/** `%` and `_` typed by the admin are matched literally in ILIKE patterns. */
export function likePattern(text: string): string {
  return `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}
