import type { Metadata } from "next";
import Link from "next/link";
import { Card } from "@/components/ui/card";
import { getDb } from "@/db";
import { requireAdmin } from "@/lib/auth/guards";
import { listPendingRefundRequests } from "@/lib/payments/provider-sales";
import { listPendingApplications } from "@/lib/providers/list-pending-applications";

export const metadata: Metadata = { title: "Admin" };
export const dynamic = "force-dynamic";

export default async function AdminHomePage() {
  const actor = await requireAdmin("/admin");
  const db = await getDb();
  const [pending, refunds] = await Promise.all([listPendingApplications(db, { actor }), listPendingRefundRequests(db, { actor })]);
  return (
    <div className="space-y-6">
      <h1 className="text-3xl font-bold tracking-tight">Admin console</h1>
      <div className="grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
        <Card className="p-6">
          <h2 className="text-sm font-medium text-slate-600">Provider applications waiting</h2>
          <p className="mt-2 text-3xl font-bold">{pending.length}</p>
          <Link href="/admin/applications" className="mt-3 inline-block text-sm font-medium text-brand-700 hover:underline">
            Review applications
          </Link>
        </Card>
        <Card className="p-6">
          <h2 className="text-sm font-medium text-slate-600">Refund requests open</h2>
          <p className="mt-2 text-3xl font-bold">{refunds.length}</p>
          <Link href="/admin/refunds" className="mt-3 inline-block text-sm font-medium text-brand-700 hover:underline">
            Review refund requests
          </Link>
        </Card>
      </div>
    </div>
  );
}
