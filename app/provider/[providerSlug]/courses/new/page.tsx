import type { Metadata } from "next";
import { ProviderNav } from "@/components/payments/provider-nav";
import { CourseFields, courseFieldLabels } from "@/components/studio/course-fields";
import { StudioForm } from "@/components/studio/studio-form";
import { listSkillOptions } from "@/lib/studio/save-course";
import { createCourseAction } from "@/app/provider/course-actions";
import { loadStudioProvider } from "../../load-provider";

export const metadata: Metadata = { title: "New course", robots: { index: false } };
export const dynamic = "force-dynamic";

export default async function NewCoursePage({ params }: { params: Promise<{ providerSlug: string }> }) {
  const { providerSlug } = await params;
  const { db, provider } = await loadStudioProvider(providerSlug, "courses/new");
  const skills = await listSkillOptions(db);
  return (
    <div className="space-y-8">
      <ProviderNav slug={provider.slug} name={provider.name} current="courses" />
      <h1 className="text-3xl font-bold tracking-tight">New course</h1>
      <p className="text-sm text-slate-700">A new course starts as a draft. Add modules and lessons next, then submit it for review.</p>
      <StudioForm action={createCourseAction} submitLabel="Create draft" pendingLabel="Creating…" labels={courseFieldLabels}>
        <input type="hidden" name="providerSlug" value={provider.slug} />
        <CourseFields skills={skills} selectedSkillIds={[]} />
      </StudioForm>
    </div>
  );
}
