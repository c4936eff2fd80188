import { eq } from "drizzle-orm";
import type { Db } from "@/db";
import { courses, users } from "@/db/schema";
import { env } from "@/lib/config/env";
import { sendMail } from "@/lib/mail/send-mail";
import { completionMail } from "./completion-mail";

export type CourseCompletedEvent = { userId: string; courseId: string; enrollmentId: string; completedAt: Date };

// Called exactly once per enrollment, right after its completed_at was set by
// completeCourseIfDone. Credentials plug in here. A failure is logged, not thrown:
// the completion is already recorded and the learner must not see an error for it.
export async function onCourseCompleted(db: Db, event: CourseCompletedEvent): Promise<void> {
  try {
    const [row] = await db
      .select({ email: users.email, name: users.name, courseTitle: courses.title, courseSlug: courses.slug })
      .from(users)
      .innerJoin(courses, eq(courses.id, event.courseId))
      .where(eq(users.id, event.userId))
      .limit(1);
    if (!row) return;
    await sendMail({ to: row.email, ...completionMail({ ...row, appUrl: env().APP_URL }) });
  } catch (error) {
    console.error(`[learning] onCourseCompleted failed for enrollment ${event.enrollmentId}`, error);
  }
}
