import { eq, sql } from "drizzle-orm";
import type { Db } from "@/db";
import { courses, reviews } from "@/db/schema";
import { catalogChanged } from "@/lib/catalog/catalog-changed";

type Tx = Parameters<Parameters<Db["transaction"]>[0]>[0];

// The catalog sorts by courses.rating_average / rating_count; they are recomputed
// from the review rows inside the same transaction as every review write.
export async function refreshCourseRating(tx: Tx | Db, courseId: string): Promise<void> {
  await tx
    .update(courses)
    .set({
      ratingCount: sql`(select count(*) from ${reviews} where ${reviews.courseId} = ${courseId})::int`,
      ratingAverage: sql`(select round(avg(${reviews.rating}), 2) from ${reviews} where ${reviews.courseId} = ${courseId})`,
      updatedAt: sql`${courses.updatedAt}`,
    })
    .where(eq(courses.id, courseId));
  await catalogChanged(tx, { reason: "course.rating" }); // course pages and rating sorts show the new average
}
