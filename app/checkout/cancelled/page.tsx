import type { Metadata } from "next";
import Link from "next/link";
import { z } from "zod";
import { buttonClasses } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { getDb } from "@/db";
import { requireUser } from "@/lib/auth/guards";
import { getLearnerOrder } from "@/lib/payments/get-learner-order";

export const metadata: Metadata = { title: "Checkout cancelled", robots: { index: false } };
export const dynamic = "force-dynamic";

export default async function CheckoutCancelledPage({ searchParams }: { searchParams: Promise<{ order?: string }> }) {
  const orderId = z.uuid().safeParse((await searchParams).order);
  const user = await requireUser("/orders");
  const view = orderId.success ? await getLearnerOrder(await getDb(), { userId: user.id, orderId: orderId.data }) : null;
  return (
    <div className="mx-auto max-w-xl py-8">
      <Card className="space-y-4 p-8 text-center">
        <h1 className="text-2xl font-bold">Checkout cancelled</h1>
        <p className="text-slate-700">You were not charged.{view ? ` You can come back to ${view.course.title} any time.` : ""}</p>
        <Link href={view ? `/courses/${view.course.slug}` : "/courses"} className={buttonClasses("primary", "md")}>
          {view ? "Back to the course" : "Browse courses"}
        </Link>
      </Card>
    </div>
  );
}
