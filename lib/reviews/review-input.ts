import { z } from "zod";

export const reviewInputSchema = z.object({
  rating: z.coerce.number({ message: "Choose a rating from 1 to 5" }).int().min(1, "Choose a rating from 1 to 5").max(5, "Choose a rating from 1 to 5"),
  body: z.string().trim().max(4000, "Keep the review under 4,000 characters").default(""),
});

export const reportReasons = ["spam", "offensive", "off_topic", "personal_information", "other"] as const;
export const reportReasonLabels: Record<(typeof reportReasons)[number], string> = {
  spam: "Spam or advertising",
  offensive: "Offensive or abusive",
  off_topic: "Not about this course",
  personal_information: "Shares personal information",
  other: "Something else",
};

export const reportInputSchema = z.object({
  reviewId: z.uuid("Unknown review"),
  reason: z.enum(reportReasons, { message: "Choose a reason" }),
  details: z.string().trim().max(1000, "Keep the details under 1,000 characters").default(""),
});

export const reviewSortSchema = z.enum(["newest", "helpful"]).catch("newest");
