import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { z } from "zod";
import { ActionForm } from "@/components/forms/action-form";
import { CoursePreview } from "@/components/studio/course-preview";
import { Card } from "@/components/ui/card";
import { Field, fieldClasses } from "@/components/ui/input";
import { getDb } from "@/db";
import { requireAdmin } from "@/lib/auth/guards";
import { checkSubmittable } from "@/lib/studio/course-review";
import { getCoursePreview } from "@/lib/studio/get-course-preview";
import { NotFoundError } from "@/lib/studio/get-managed-course";
import { approveCourseAction, sendBackCourseAction } from "../actions";

export const metadata: Metadata = { title: "Review course", robots: { index: false } };
export const dynamic = "force-dynamic";

export default async function AdminCourseReviewPage({ params }: { params: Promise<{ courseId: string }> }) {
  const { courseId } = await params;
  const user = await requireAdmin(`/admin/courses/${courseId}`);
  if (!z.uuid().safeParse(courseId).success) notFound();
  const db = await getDb();
  let preview;
  try {
    preview = await getCoursePreview(db, { actor: user, courseId });
  } catch (error) {
    if (error instanceof NotFoundError) notFound();
    throw error;
  }
  const checks = await checkSubmittable(db, preview.course);
  const inReview = preview.course.status === "in_review";
  return (
    <div className="space-y-6">
      <p className="text-sm">
        <Link href="/admin/courses" className="font-medium text-brand-700 hover:underline">
          ← Course review
        </Link>
      </p>
      {inReview ? (
        <Card className="space-y-4 p-6" aria-labelledby="decision-heading">
          <h2 id="decision-heading" className="text-xl font-semibold">
            Decision
          </h2>
          <ul className="space-y-1 text-sm" aria-label="Checks">
            {checks.map((c) => (
              <li key={c.key}>
                {c.ok ? "✓" : "✗"} <span className="sr-only">{c.ok ? "passes" : "fails"}: </span>
                {c.message}
              </li>
            ))}
          </ul>
          <div className="grid gap-6 md:grid-cols-2">
            <ActionForm action={approveCourseAction} submitLabel="Approve and publish" pendingLabel="Publishing…">
              <input type="hidden" name="courseId" value={courseId} />
              <p className="text-sm text-slate-700">The course appears in the catalog at once.</p>
            </ActionForm>
            <ActionForm action={sendBackCourseAction} submitLabel="Send back" variant="secondary" labels={{ reason: "Reason" }}>
              <input type="hidden" name="courseId" value={courseId} />
              <Field id="send-back-reason" label="Reason the provider will see">
                <textarea id="send-back-reason" name="reason" rows={3} className={fieldClasses} required minLength={10} />
              </Field>
            </ActionForm>
          </div>
        </Card>
      ) : (
        <p className="rounded-lg border border-slate-200 bg-slate-50 p-3 text-sm">This course is not waiting for review.</p>
      )}
      <CoursePreview preview={preview} />
    </div>
  );
}
