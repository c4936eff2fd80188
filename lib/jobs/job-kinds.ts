import { z } from "zod";

// Every kind of after-commit work, with the shape of its payload. Each kind is one
// pg-boss queue (created by migration 0018; options re-applied by the worker at start).
export const jobPayloads = {
  // A rendered mail; `key` says what it is about, so running the job twice mails once.
  // `sealed` mails carry a sign-in or reset link: their text is encrypted at rest.
  "mail-send": z.object({
    key: z.string().min(1).max(300),
    to: z.string().min(3).max(320),
    subject: z.string().min(1).max(300),
    text: z.string().min(1).max(100_000),
    sealed: z.boolean().default(false),
  }),
  "order-receipt": z.object({ orderId: z.uuid() }),
  // One notice per refunded total, so a second partial refund gets its own mail.
  "order-refund-notice": z.object({ orderId: z.uuid(), refundedAmount: z.number().int().positive() }),
  // A second payment for a course the learner already had: refunded through Stripe.
  "order-refund-duplicate": z.object({ orderId: z.uuid() }),
  // Issue the course's credential, then congratulate the learner.
  "course-completed": z.object({ userId: z.string().min(1), courseId: z.uuid(), enrollmentId: z.uuid() }),
  "catalog-invalidate": z.object({ reason: z.string().max(200) }),
  "catalog-refresh-terms": z.object({ reason: z.string().max(200) }),
} as const;

export type JobKind = keyof typeof jobPayloads;
export type JobPayload<K extends JobKind> = z.input<(typeof jobPayloads)[K]>;
export type ParsedJobPayload<K extends JobKind> = z.output<(typeof jobPayloads)[K]>;

export const jobKinds = Object.keys(jobPayloads) as JobKind[];

export function isJobKind(value: string): value is JobKind {
  return value in jobPayloads;
}

/**
 * Three attempts (the first and two retries, 3 s then ~6 s apart with jitter), then
 * the job rests in pg-boss's `failed` state — our dead letter — until an admin retries
 * it at /admin/jobs. A job still `active` after 30 s (its worker died) is failed by
 * pg-boss's maintenance and retried elsewhere; handlers stop themselves well before.
 */
export const queueOptions = { policy: "standard", retryLimit: 2, retryDelay: 3, retryBackoff: true, expireInSeconds: 30 } as const;
export const HANDLER_TIMEOUT_MS = 25_000;
