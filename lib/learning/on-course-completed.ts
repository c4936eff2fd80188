import { eq } from "drizzle-orm";
import type { Db } from "@/db";
import { courses, users } from "@/db/schema";
import { env } from "@/lib/config/env";
import { issueCredential } from "@/lib/credentials/issue-credential";
import { sendMail } from "@/lib/mail/send-mail";
import { completionMail } from "./completion-mail";

export type CourseCompletedEvent = { userId: string; courseId: string; enrollmentId: string; completedAt: Date };

// Called exactly once per enrollment, right after its completed_at was set by
// completeCourseIfDone. Issues the course's credential, then mails the learner. A failure is logged, not thrown:
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
    // Issue the course's credential during the completing request, so it is there at
    // once; at most one per learner and achievement (unique constraint). A failure to
    // issue is logged and must not cost the learner the congratulation mail.
    const appUrl = env().APP_URL;
    let credentialUrl: string | null = null;
    try {
      const issued = await issueCredential(db, { userId: event.userId, courseId: event.courseId, enrollmentId: event.enrollmentId, appUrl });
      if ("credentialId" in issued) credentialUrl = `${appUrl}/credentials/${issued.credentialId}`;
    } catch (error) {
      console.error(`[credentials] issuing failed for enrollment ${event.enrollmentId}`, error);
    }
    await sendMail({ to: row.email, ...completionMail({ ...row, appUrl, credentialUrl }) });
  } catch (error) {
    console.error(`[learning] onCourseCompleted failed for enrollment ${event.enrollmentId}`, error);
  }
}
