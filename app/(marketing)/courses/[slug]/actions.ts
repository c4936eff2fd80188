"use server";

import { redirect } from "next/navigation";
import { z } from "zod";
import { getDb } from "@/db";
import { requireUser } from "@/lib/auth/guards";
import { env } from "@/lib/config/env";
import { enrollFree, EnrollmentError } from "@/lib/enrollments/enroll-free";
import { formError, type FormState } from "@/lib/forms/form-state";
import { getPayments } from "@/lib/payments/payments-config";
import { startCheckout } from "@/lib/payments/start-checkout";

const courseForm = z.object({
  courseId: z.uuid("Unknown course"),
  slug: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, "Unknown course"),
});

function returnPath(formData: FormData): string {
  const slug = formData.get("slug");
  return typeof slug === "string" && /^[a-z0-9]+(-[a-z0-9]+)*$/.test(slug) ? `/courses/${slug}` : "/courses";
}

export async function enrollAction(_: FormState, formData: FormData): Promise<FormState> {
  const user = await requireUser(returnPath(formData));
  const parsed = courseForm.safeParse({ courseId: formData.get("courseId"), slug: formData.get("slug") });
  if (!parsed.success) return formError("This course could not be found.");
  try {
    await enrollFree(await getDb(), { userId: user.id, courseId: parsed.data.courseId });
  } catch (error) {
    if (error instanceof EnrollmentError) return formError(error.message);
    throw error;
  }
  redirect(`/learn/${parsed.data.slug}`);
}

export async function buyAction(_: FormState, formData: FormData): Promise<FormState> {
  const user = await requireUser(returnPath(formData));
  const parsed = courseForm.safeParse({ courseId: formData.get("courseId"), slug: formData.get("slug") });
  if (!parsed.success) return formError("This course could not be found.");
  const payments = await getPayments();
  if (payments.mode === "disabled") return formError("Payments are not available right now. Please try again later.");
  const outcome = await startCheckout(await getDb(), payments.stripe, {
    userId: user.id,
    email: user.email,
    courseId: parsed.data.courseId,
    appUrl: env().APP_URL,
  });
  switch (outcome.kind) {
    case "redirect":
      redirect(outcome.url);
    case "enrolled":
      redirect(`/learn/${parsed.data.slug}`);
    case "processing":
      redirect(`/checkout/success?order=${outcome.orderId}`);
    case "unavailable":
      return formError(outcome.message);
  }
}
