import { and, eq, sql } from "drizzle-orm";
import type { Db } from "@/db";
import { courses, enrollments, type Enrollment } from "@/db/schema";
import { reinstateCredentialsForEnrollment } from "@/lib/credentials/reinstate-on-regained-access";

export class EnrollmentError extends Error {}

// One click on "Enroll" for a free course. Idempotent: a second click (or a
// parallel one) finds the enrollment the first made.
export async function enrollFree(db: Db, input: { userId: string; courseId: string }): Promise<Enrollment> {
  const [course] = await db
    .select({ id: courses.id, priceAmount: courses.priceAmount, status: courses.status })
    .from(courses)
    .where(eq(courses.id, input.courseId))
    .limit(1);
  if (!course || course.status !== "published") throw new EnrollmentError("This course is not open for enrollment");
  if (course.priceAmount > 0) throw new EnrollmentError("This course is paid; buy it to enroll");

  // A refunded or revoked purchase of a course that is free today is not reopened
  // here silently: revoked means an admin took access away. Reopening a refunded one
  // gives a completed course its credential back, in the same transaction.
  const row = await db.transaction(async (tx) => {
    const [reopened] = await tx
      .insert(enrollments)
      .values({ userId: input.userId, courseId: course.id, source: "free", status: "active" })
      .onConflictDoUpdate({
        target: [enrollments.userId, enrollments.courseId],
        set: { status: "active", source: "free", orderId: null, statusChangedAt: sql`now()` },
        setWhere: sql`${enrollments.status} = 'refunded'`,
      })
      .returning();
    if (reopened?.completedAt) await reinstateCredentialsForEnrollment(tx, { enrollmentId: reopened.id });
    return reopened;
  });
  if (row) return row;
  const [existing] = await db
    .select()
    .from(enrollments)
    .where(and(eq(enrollments.userId, input.userId), eq(enrollments.courseId, course.id)));
  if (!existing) throw new EnrollmentError("Could not enroll");
  if (existing.status === "revoked") throw new EnrollmentError("Your access to this course was revoked; contact support");
  if (existing.status === "suspended") throw new EnrollmentError("Your access to this course is suspended while a payment dispute is open");
  return existing;
}
