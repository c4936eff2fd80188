import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { z } from "zod";
import { AutoRefresh } from "@/components/course/auto-refresh";
import { buttonClasses } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { getDb } from "@/db";
import { requireUser } from "@/lib/auth/guards";
import { formatPrice } from "@/lib/catalog/format";
import { env } from "@/lib/config/env";
import { findReinstatedCredential } from "@/lib/credentials/reinstate-on-regained-access";
import { confirmCheckout } from "@/lib/payments/confirm-checkout";
import { getLearnerOrder } from "@/lib/payments/get-learner-order";
import { getPayments } from "@/lib/payments/payments-config";

export const metadata: Metadata = { title: "Your order", robots: { index: false } };
export const dynamic = "force-dynamic";

type Props = { searchParams: Promise<{ order?: string }> };

export default async function CheckoutSuccessPage({ searchParams }: Props) {
  const orderId = z.uuid().safeParse((await searchParams).order);
  const user = await requireUser(`/checkout/success${orderId.success ? `?order=${orderId.data}` : ""}`);
  if (!orderId.success) notFound();
  const db = await getDb();
  let view = await getLearnerOrder(db, { userId: user.id, orderId: orderId.data });
  if (!view) notFound();

  const payments = await getPayments();
  if (view.order.status === "pending" && payments.mode !== "disabled") {
    await confirmCheckout(db, payments.stripe, { order: view.order, appUrl: env().APP_URL }).catch((error: unknown) =>
      console.error("[checkout] could not ask Stripe about the session", error),
    );
    view = (await getLearnerOrder(db, { userId: user.id, orderId: orderId.data }))!;
  }
  const { order, course } = view;
  const amount = formatPrice(order.amount, order.currency);
  const reinstated = order.status === "paid" ? await findReinstatedCredential(db, { userId: user.id, courseId: course.id }) : null;

  return (
    <div className="mx-auto max-w-xl py-8">
      <Card className="space-y-4 p-8 text-center">
        {order.status === "paid" || order.status === "partially_refunded" ? (
          <>
            <p aria-hidden className="text-5xl">🎉</p>
            <h1 className="text-2xl font-bold">You&apos;re in!</h1>
            <p className="text-slate-700">
              Payment of {amount} received for <strong>{course.title}</strong>. A receipt is on its way to {user.email}.
            </p>
            {order.duplicateOfOrderId ? (
              <p role="status" className="text-slate-700">
                You already had access to this course through an earlier order, so this second payment is being refunded automatically.
              </p>
            ) : null}
            {reinstated ? (
              <p role="status" className="text-slate-700">
                You completed this course before: your credential is valid again.{" "}
                <Link href={`/credentials/${reinstated}`} className="text-brand-700 hover:underline">
                  View your credential
                </Link>
              </p>
            ) : null}
            <Link href={`/learn/${course.slug}`} className={buttonClasses("primary", "lg")}>
              Start learning
            </Link>
          </>
        ) : order.status === "pending" ? (
          <>
            <h1 className="text-2xl font-bold">Confirming your payment…</h1>
            <div role="status" aria-live="polite" className="space-y-3">
              <span aria-hidden className="mx-auto block size-8 animate-spin rounded-full border-4 border-brand-600 border-t-transparent" />
              <p className="text-slate-700">
                {order.stripePaymentIntentId
                  ? "Your payment method settles later (for example a bank debit). We'll open the course and email you as soon as it clears."
                  : `We're waiting for Stripe to confirm your payment of ${amount}. This usually takes a few seconds.`}
              </p>
              <AutoRefresh />
            </div>
          </>
        ) : order.status === "failed" || order.status === "expired" ? (
          <>
            <h1 className="text-2xl font-bold">The payment didn&apos;t go through</h1>
            <p className="text-slate-700">Nothing was charged for {course.title}. You can try again.</p>
            <Link href={`/courses/${course.slug}`} className={buttonClasses("primary", "md")}>
              Back to the course
            </Link>
          </>
        ) : (
          <>
            <h1 className="text-2xl font-bold">Order {order.status.replace("_", " ")}</h1>
            <p className="text-slate-700">See your order for details.</p>
          </>
        )}
        <p className="text-sm">
          <Link href={`/orders/${order.id}`} className="text-brand-700 hover:underline">
            View order details
          </Link>
        </p>
      </Card>
    </div>
  );
}
