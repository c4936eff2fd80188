import { z } from "zod";
import { getDb } from "@/db";
import { getCurrentUser } from "@/lib/auth/current-user";
import { courseSlugSchema } from "@/lib/learning/learning-params";
import { getOwnReview, listCourseReviews } from "@/lib/reviews/list-course-reviews";
import { canReviewCourse } from "@/lib/reviews/review-eligibility";
import { reviewSortSchema } from "@/lib/reviews/review-input";

export const dynamic = "force-dynamic";

const querySchema = z.object({ sort: reviewSortSchema, page: z.coerce.number().int().min(1).max(1000).catch(1) });

// The reviews block of a course page. Loaded by the browser so the page itself
// stays one cached document for everyone; the viewer's part (may they review, their
// own review, their votes) is why this is never cached.
export async function GET(request: Request, { params }: { params: Promise<{ slug: string }> }) {
  const slug = courseSlugSchema.safeParse((await params).slug);
  if (!slug.success) return Response.json({ error: "not_found" }, { status: 404 });
  const url = new URL(request.url);
  const query = querySchema.parse({ sort: url.searchParams.get("sort") ?? undefined, page: url.searchParams.get("page") ?? undefined });
  const [db, user] = await Promise.all([getDb(), getCurrentUser()]);
  const list = await listCourseReviews(db, { courseSlug: slug.data, ...query, viewerId: user?.id ?? null });
  if (!list) return Response.json({ error: "not_found" }, { status: 404 });
  const [canReview, ownReview] = user
    ? await Promise.all([canReviewCourse(db, { userId: user.id, courseId: list.courseId }), getOwnReview(db, { userId: user.id, courseId: list.courseId })])
    : [false, null];
  const { courseId: _courseId, ...body } = list;
  return Response.json(
    { ...body, page: query.page, sort: query.sort, viewer: { signedIn: Boolean(user), canReview, ownReview } },
    { headers: { "Cache-Control": "private, no-store" } },
  );
}
