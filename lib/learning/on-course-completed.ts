import type { Db } from "@/db";
import { enqueueJob } from "@/lib/jobs/enqueue-job";

export type CourseCompletedEvent = { userId: string; courseId: string; enrollmentId: string; completedAt: Date };

// Called exactly once per enrollment, inside the transaction of completeCourseIfDone
// that set completed_at: the credential and the congratulation are queued with the
// completion itself, so a crash or a failed send cannot lose them
// (lib/learning/deliver-completion.ts does the work, retried until it succeeds).
export async function onCourseCompleted(tx: Db, event: CourseCompletedEvent): Promise<void> {
  await enqueueJob(tx, "course-completed", { userId: event.userId, courseId: event.courseId, enrollmentId: event.enrollmentId });
}
