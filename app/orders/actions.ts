"use server";

import { revalidatePath } from "next/cache";
import { getDb } from "@/db";
import { requireUser } from "@/lib/auth/guards";
import { formError, formFields, formSuccess, invalidForm, type FormState } from "@/lib/forms/form-state";
import { refundRequestSchema, requestRefund } from "@/lib/payments/refund-requests";

export async function requestRefundAction(_: FormState, formData: FormData): Promise<FormState> {
  const user = await requireUser("/orders");
  const parsed = refundRequestSchema.safeParse(formFields(formData));
  if (!parsed.success) return invalidForm(parsed.error);
  const result = await requestRefund(await getDb(), { userId: user.id, ...parsed.data });
  if (!result.ok) return formError(result.message);
  revalidatePath(`/orders/${parsed.data.orderId}`);
  return formSuccess("Your refund request was sent. The provider usually answers within two business days.");
}
