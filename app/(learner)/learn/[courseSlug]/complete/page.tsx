import type { Metadata } from "next";
import { notFound, redirect } from "next/navigation";
import { CourseGrid } from "@/components/course-card";
import { ReviewForm } from "@/components/reviews/review-form";
import { ButtonLink } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { getDb } from "@/db";
import { requireUser } from "@/lib/auth/guards";
import { listRelatedCourses } from "@/lib/catalog/related-courses";
import { completeCourseIfDone } from "@/lib/learning/complete-course-if-done";
import { getCourseOutline } from "@/lib/learning/get-course-outline";
import { courseSlugSchema } from "@/lib/learning/learning-params";
import { getOwnReview } from "@/lib/reviews/list-course-reviews";
import { canReviewCourse } from "@/lib/reviews/review-eligibility";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Course completed", robots: { index: false } };

const longDate = new Intl.DateTimeFormat("en", { dateStyle: "long" });

export default async function CourseCompletePage({ params }: { params: Promise<{ courseSlug: string }> }) {
  const { courseSlug } = await params;
  const user = await requireUser(`/learn/${courseSlug}/complete`);
  if (!courseSlugSchema.safeParse(courseSlug).success) notFound();
  const db = await getDb();
  const outline = await getCourseOutline(db, { slug: courseSlug });
  if (!outline) notFound();
  const completion = await completeCourseIfDone(db, { userId: user.id, courseId: outline.id });
  if (!completion.completed || !completion.completedAt) redirect(`/learn/${courseSlug}`);

  const [mayReview, ownReview, related] = await Promise.all([
    canReviewCourse(db, { userId: user.id, courseId: outline.id }),
    getOwnReview(db, { userId: user.id, courseId: outline.id }),
    listRelatedCourses(db, { courseId: outline.id }),
  ]);

  return (
    <div className="space-y-10">
      <section aria-labelledby="celebration-heading" className="rounded-2xl bg-gradient-to-br from-brand-800 to-brand-900 px-6 py-12 text-center text-white">
        <p aria-hidden className="text-5xl">
          🎉
        </p>
        <h1 id="celebration-heading" className="mt-4 text-3xl font-bold tracking-tight sm:text-4xl">
          You completed {outline.title}
        </h1>
        <p className="mt-3 text-brand-100">
          Finished on {longDate.format(completion.completedAt)} · {outline.providerName}
        </p>
        <div className="mt-6 flex flex-wrap justify-center gap-3">
          <ButtonLink href="/learning" variant="inverse">
            My learning
          </ButtonLink>
          <ButtonLink href={`/learn/${courseSlug}`} variant="inverseGhost">
            Review the lessons
          </ButtonLink>
        </div>
      </section>

      <section aria-labelledby="next-heading" className="grid gap-6 md:grid-cols-2">
        <h2 id="next-heading" className="sr-only">
          What comes next
        </h2>
        <Card className="space-y-2 p-6">
          <h3 className="text-lg font-semibold">Your credential</h3>
          <p className="text-sm text-slate-700">
            Completing the course earns an Open Badges 3.0 credential that anyone can verify. You will find it in My learning as soon
            as it is issued, ready to share or add to your LinkedIn profile.
          </p>
        </Card>
        <Card className="space-y-4 p-6">
          <h3 className="text-lg font-semibold">{ownReview ? "Your review" : "Rate this course"}</h3>
          {mayReview ? (
            <ReviewForm courseSlug={courseSlug} existing={ownReview ? { rating: ownReview.rating, body: ownReview.body } : null} />
          ) : (
            <p className="text-sm text-slate-600">Reviews are open to learners with access to the course.</p>
          )}
        </Card>
      </section>

      {related.length > 0 ? (
        <section aria-labelledby="related-heading">
          <h2 id="related-heading" className="mb-4 text-2xl font-bold">
            Keep learning
          </h2>
          <CourseGrid courses={related} />
        </section>
      ) : null}
    </div>
  );
}
