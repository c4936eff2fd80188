import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { z } from "zod";
import { ActionForm } from "@/components/forms/action-form";
import { OrderStatusBadge } from "@/components/order-status-badge";
import { Card } from "@/components/ui/card";
import { Field, fieldClasses } from "@/components/ui/input";
import { getDb } from "@/db";
import { requireUser } from "@/lib/auth/guards";
import { formatPrice } from "@/lib/catalog/format";
import { getLearnerOrder } from "@/lib/payments/get-learner-order";
import { checkRefundEligibility } from "@/lib/payments/refund-requests";
import { requestRefundAction } from "../actions";

export const metadata: Metadata = { title: "Receipt", robots: { index: false } };
export const dynamic = "force-dynamic";

const when = new Intl.DateTimeFormat("en-US", { dateStyle: "long", timeStyle: "short", timeZone: "UTC" });

export default async function OrderPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const user = await requireUser(`/orders/${id}`);
  const orderId = z.uuid().safeParse(id);
  if (!orderId.success) notFound();
  const db = await getDb();
  const view = await getLearnerOrder(db, { userId: user.id, orderId: orderId.data });
  if (!view) notFound();
  const { order, course, provider } = view;
  const eligibility = await checkRefundEligibility(db, { userId: user.id, orderId: order.id });
  const pendingRequest = view.refundRequests.find((r) => r.status === "pending");
  const lastDecided = view.refundRequests.filter((r) => r.status !== "pending").at(-1);
  const money = (n: number) => formatPrice(n, order.currency);

  return (
    <div className="mx-auto max-w-2xl space-y-6">
      <p className="text-sm">
        <Link href="/orders" className="text-brand-700 hover:underline">
          ← All orders
        </Link>
      </p>
      <Card className="space-y-6 p-6 sm:p-8">
        <header className="flex flex-wrap items-start justify-between gap-3">
          <div>
            <h1 className="text-2xl font-bold">Receipt</h1>
            <p className="font-mono text-xs text-slate-600">Order {order.id}</p>
          </div>
          <OrderStatusBadge status={order.status} />
        </header>
        <dl className="grid grid-cols-[auto_1fr] gap-x-6 gap-y-2 text-sm">
          <dt className="text-slate-600">Course</dt>
          <dd>
            <Link href={`/courses/${course.slug}`} className="font-medium text-brand-700 hover:underline">
              {course.title}
            </Link>
          </dd>
          <dt className="text-slate-600">Sold by</dt>
          <dd>{provider.name}, through Microcred</dd>
          <dt className="text-slate-600">Billed to</dt>
          <dd>{user.email}</dd>
          <dt className="text-slate-600">Paid</dt>
          <dd>{order.paidAt ? `${when.format(order.paidAt)} UTC` : "Not yet"}</dd>
          <dt className="text-slate-600">Amount</dt>
          <dd className="font-semibold tabular-nums">{money(order.amount)}</dd>
          {order.refundedAmount > 0 ? (
            <>
              <dt className="text-slate-600">Refunded</dt>
              <dd className="tabular-nums">−{money(order.refundedAmount)}</dd>
              <dt className="text-slate-600">Net paid</dt>
              <dd className="font-semibold tabular-nums">{money(order.amount - order.refundedAmount)}</dd>
            </>
          ) : null}
        </dl>
      </Card>

      <Card className="space-y-4 p-6" aria-labelledby="refund-heading">
        <h2 id="refund-heading" className="text-lg font-semibold">
          Refund
        </h2>
        {pendingRequest ? (
          <p role="status" className="text-sm text-slate-700">
            You asked for a refund on {when.format(pendingRequest.createdAt)} UTC. The provider will answer soon.
          </p>
        ) : eligibility.eligible ? (
          <>
            <p className="text-sm text-slate-700">
              You can ask for a refund until {when.format(eligibility.deadline)} UTC. If it is granted, your access to the course ends.
            </p>
            <ActionForm action={requestRefundAction} submitLabel="Ask for a refund" pendingLabel="Sending…" variant="secondary" labels={{ reason: "Reason" }}>
              <input type="hidden" name="orderId" value={order.id} />
              <Field id="refund-reason" label="Why would you like a refund?" hint="At least 10 characters. The provider sees this.">
                <textarea id="refund-reason" name="reason" rows={3} required minLength={10} maxLength={2000} aria-describedby="refund-reason-hint" className={fieldClasses} />
              </Field>
            </ActionForm>
          </>
        ) : (
          <p className="text-sm text-slate-700">{eligibility.reason}</p>
        )}
        {lastDecided ? (
          <p className="text-sm text-slate-700">
            Your last request was {lastDecided.status}
            {lastDecided.decisionNote ? `: “${lastDecided.decisionNote}”` : "."}
          </p>
        ) : null}
      </Card>
    </div>
  );
}
