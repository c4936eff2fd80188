import type { ReviewListItem } from "@/lib/reviews/list-course-reviews";

/** The JSON of GET /api/courses/[slug]/reviews. */
export type ReviewsResponse = {
  average: number | null;
  count: number;
  distribution: { rating: number; count: number }[];
  reviews: ReviewListItem[];
  hasMore: boolean;
  page: number;
  sort: "newest" | "helpful";
  viewer: { signedIn: boolean; canReview: boolean; ownReview: { id: string; rating: number; body: string } | null };
};
