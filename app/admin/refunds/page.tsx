import type { Metadata } from "next";
import { RefundRequestList } from "@/components/payments/refund-request-list";
import { getDb } from "@/db";
import { requireAdmin } from "@/lib/auth/guards";
import { listPendingRefundRequests } from "@/lib/payments/provider-sales";
import { decideRefundAction } from "@/app/provider/actions";

export const metadata: Metadata = { title: "Refund requests" };
export const dynamic = "force-dynamic";

export default async function AdminRefundsPage() {
  const user = await requireAdmin("/admin/refunds");
  const requests = await listPendingRefundRequests(await getDb(), { actor: user });
  return (
    <div className="space-y-6">
      <h1 className="text-3xl font-bold tracking-tight">Refund requests</h1>
      <p className="text-sm text-slate-700">Every provider&apos;s open requests. Providers usually decide their own; step in when they don&apos;t.</p>
      <RefundRequestList requests={requests} action={decideRefundAction} showProvider />
    </div>
  );
}
