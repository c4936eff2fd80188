import type { Metadata } from "next";
import { ProviderNav } from "@/components/payments/provider-nav";
import { ProviderDashboard } from "@/components/studio/provider-dashboard";
import { canSellPaidCourses } from "@/lib/payments/provider-payments";
import { listCourseFigures } from "@/lib/studio/provider-insights";
import { loadStudioProvider } from "../load-provider";

export const metadata: Metadata = { title: "Courses", robots: { index: false } };
export const dynamic = "force-dynamic";

export default async function ProviderCoursesPage({ params }: { params: Promise<{ providerSlug: string }> }) {
  const { providerSlug } = await params;
  const { db, provider, user } = await loadStudioProvider(providerSlug, "courses");
  const courses = await listCourseFigures(db, { actor: user, providerId: provider.id });
  return (
    <div className="space-y-8">
      <ProviderNav slug={provider.slug} name={provider.name} current="courses" />
      <h1 className="text-3xl font-bold tracking-tight">Courses</h1>
      <ProviderDashboard slug={provider.slug} courses={courses} stripeReady={canSellPaidCourses(provider)} />
    </div>
  );
}
