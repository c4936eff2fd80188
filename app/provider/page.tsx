import type { Metadata } from "next";
import Link from "next/link";
import { ProviderDashboard } from "@/components/studio/provider-dashboard";
import { getDb } from "@/db";
import { requireProviderMember } from "@/lib/auth/guards";
import { getProviderBySlug } from "@/lib/payments/provider-sales";
import { canSellPaidCourses } from "@/lib/payments/provider-payments";
import { listCourseFigures } from "@/lib/studio/provider-insights";

export const metadata: Metadata = { title: "Provider studio", robots: { index: false } };
export const dynamic = "force-dynamic";

// The studio home: every provider the user belongs to, with its courses' figures and
// what needs attention.
export default async function ProviderStudioPage() {
  const user = await requireProviderMember("/provider");
  const db = await getDb();
  const providers = await Promise.all(
    user.memberships.map(async (m) => ({
      ...m,
      provider: await getProviderBySlug(db, m.providerSlug),
      courses: await listCourseFigures(db, { actor: user, providerId: m.providerId }),
    })),
  );
  return (
    <div className="space-y-10">
      <h1 className="text-3xl font-bold tracking-tight">Provider studio</h1>
      {providers.map((p) => (
        <section key={p.providerId} aria-labelledby={`provider-${p.providerId}`} className="space-y-4">
          <div className="flex flex-wrap items-baseline justify-between gap-2">
            <h2 id={`provider-${p.providerId}`} className="text-2xl font-semibold">
              {p.providerName} <span className="text-sm font-normal text-slate-600">({p.role})</span>
            </h2>
            <nav aria-label={`${p.providerName} studio`} className="flex flex-wrap gap-4 text-sm font-medium">
              <Link href={`/provider/${p.providerSlug}/learners`} className="text-brand-700 hover:underline">
                Learners &amp; revenue
              </Link>
              <Link href={`/provider/${p.providerSlug}/orders`} className="text-brand-700 hover:underline">
                Orders &amp; refunds
              </Link>
              <Link href={`/provider/${p.providerSlug}/payouts`} className="text-brand-700 hover:underline">
                Payouts
              </Link>
              <Link href={`/provider/${p.providerSlug}/credentials`} className="text-brand-700 hover:underline">
                Credentials
              </Link>
              <Link href={`/provider/${p.providerSlug}/profile`} className="text-brand-700 hover:underline">
                Profile &amp; team
              </Link>
              <Link href={`/providers/${p.providerSlug}`} className="text-brand-700 hover:underline">
                Public page
              </Link>
            </nav>
          </div>
          <ProviderDashboard slug={p.providerSlug} courses={p.courses} stripeReady={p.provider ? canSellPaidCourses(p.provider) : false} headingLevel={3} />
        </section>
      ))}
    </div>
  );
}
