import type { Metadata } from "next";
import Link from "next/link";
import { CoursePreview } from "@/components/studio/course-preview";
import { getCoursePreview } from "@/lib/studio/get-course-preview";
import { loadStudioCourse } from "../../../load-course";

export const metadata: Metadata = { title: "Course preview", robots: { index: false } };
export const dynamic = "force-dynamic";

export default async function CoursePreviewPage({ params }: { params: Promise<{ providerSlug: string; courseId: string }> }) {
  const { providerSlug, courseId } = await params;
  const { provider, ...preview } = await loadStudioCourse(providerSlug, [courseId], `courses/${courseId}/preview`, async ({ db, user }) =>
    getCoursePreview(db, { actor: user, courseId }),
  );
  return (
    <div className="space-y-6">
      <p className="text-sm">
        <Link href={`/provider/${provider.slug}/courses/${courseId}`} className="font-medium text-brand-700 hover:underline">
          ← Back to the editor
        </Link>
      </p>
      <CoursePreview preview={{ ...preview, provider: { name: provider.name, slug: provider.slug } }} />
    </div>
  );
}
