import type { Metadata } from "next";
import Link from "next/link";
import { Badge } from "@/components/ui/badge";
import { Card } from "@/components/ui/card";
import { getDb } from "@/db";
import { requireProviderMember } from "@/lib/auth/guards";
import { formatPrice } from "@/lib/catalog/format";
import { listProviderCourses } from "@/lib/providers/list-provider-courses";

export const metadata: Metadata = { title: "Provider studio" };
export const dynamic = "force-dynamic";

const statusTone = { draft: "neutral", in_review: "warning", published: "success", archived: "neutral" } as const;

export default async function ProviderStudioPage() {
  const user = await requireProviderMember("/provider");
  const db = await getDb();
  const providers = await Promise.all(
    user.memberships.map(async (m) => ({ ...m, courses: await listProviderCourses(db, { actor: user, providerId: m.providerId }) })),
  );
  return (
    <div className="space-y-8">
      <h1 className="text-3xl font-bold tracking-tight">Provider studio</h1>
      {providers.map((p) => (
        <section key={p.providerId} aria-labelledby={`provider-${p.providerId}`} className="space-y-3">
          <div className="flex flex-wrap items-baseline justify-between gap-2">
            <h2 id={`provider-${p.providerId}`} className="text-xl font-semibold">
              {p.providerName} <span className="text-sm font-normal text-slate-600">({p.role})</span>
            </h2>
            <nav aria-label={`${p.providerName} studio`} className="flex gap-4 text-sm font-medium">
              <Link href={`/provider/${p.providerSlug}/orders`} className="text-brand-700 hover:underline">
                Orders &amp; refunds
              </Link>
              <Link href={`/provider/${p.providerSlug}/payouts`} className="text-brand-700 hover:underline">
                Payouts
              </Link>
              <Link href={`/providers/${p.providerSlug}`} className="text-brand-700 hover:underline">
                Public page
              </Link>
            </nav>
          </div>
          {p.courses.length === 0 ? (
            <Card className="p-6 text-sm text-slate-600">No courses yet.</Card>
          ) : (
            <Card className="divide-y divide-slate-100">
              {p.courses.map((c) => (
                <div key={c.id} className="flex flex-wrap items-center gap-3 px-4 py-3 text-sm">
                  <span className="flex-1 font-medium">{c.title}</span>
                  <Badge tone={statusTone[c.status]}>{c.status.replace("_", " ")}</Badge>
                  <span className="w-24 text-right">{formatPrice(c.priceAmount, c.currency)}</span>
                </div>
              ))}
            </Card>
          )}
        </section>
      ))}
    </div>
  );
}
