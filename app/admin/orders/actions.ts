"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { getDb } from "@/db";
import { reasonSchema } from "@/lib/admin/admin-inputs";
import { requireAdmin } from "@/lib/auth/guards";
import { env } from "@/lib/config/env";
import { formError, formFields, formSuccess, invalidForm, type FormState } from "@/lib/forms/form-state";
import { getPayments } from "@/lib/payments/payments-config";
import { refundOrder } from "@/lib/payments/refund-order";

// Amount typed in major units ("12.50"), converted with the order's currency digits by
// the page (it sends `digits`); empty means "everything that is left".
const refundSchema = z.object({
  orderId: z.uuid("Unknown order"),
  amount: z
    .string()
    .trim()
    .regex(/^(\d{1,7}(\.\d{1,3})?)?$/, "Enter an amount like 12.50, or leave it empty to refund everything left"),
  digits: z.coerce.number().int().min(0).max(3),
  reason: reasonSchema,
});

export async function refundOrderAction(_: FormState, formData: FormData): Promise<FormState> {
  const actor = await requireAdmin("/admin/orders");
  const parsed = refundSchema.safeParse(formFields(formData));
  if (!parsed.success) return invalidForm(parsed.error);
  const { orderId, digits, reason } = parsed.data;
  const amount = parsed.data.amount === "" ? undefined : Math.round(Number(parsed.data.amount) * 10 ** digits);
  if (amount !== undefined && amount <= 0) return formError("The amount must be more than zero.");
  const payments = await getPayments();
  if (payments.mode === "disabled") return formError(payments.reason);
  // The one refund path (lib/payments/refund-order.ts): Stripe, transfer reversal, access, audit and mail.
  const result = await refundOrder(await getDb(), payments.stripe, { actor, orderId, amount, reason, appUrl: env().APP_URL });
  revalidatePath(`/admin/orders/${orderId}`);
  return result.ok ? formSuccess("Refunded. The learner was told by mail.") : formError(result.message);
}
