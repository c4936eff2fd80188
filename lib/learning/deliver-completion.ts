import { eq } from "drizzle-orm";
import type { Db } from "@/db";
import { courses, users } from "@/db/schema";
import { env } from "@/lib/config/env";
import { issueCredential } from "@/lib/credentials/issue-credential";
import type { ParsedJobPayload } from "@/lib/jobs/job-kinds";
import { deliverMail } from "@/lib/mail/deliver-mail";
import { completionMail } from "./completion-mail";

/**
 * The `course-completed` job: issue the course's credential (at most one per learner
 * and achievement, so a rerun finds the first), then mail the learner its link (keyed by
 * the enrollment, so a rerun mails nothing new). A failure to issue fails the job and it
 * is retried — the mail waits for the credential rather than going out without it.
 */
export async function deliverCompletion(db: Db, event: ParsedJobPayload<"course-completed">): Promise<void> {
  const [row] = await db
    .select({ email: users.email, name: users.name, courseTitle: courses.title, courseSlug: courses.slug })
    .from(users)
    .innerJoin(courses, eq(courses.id, event.courseId))
    .where(eq(users.id, event.userId))
    .limit(1);
  if (!row) return;
  const appUrl = env().APP_URL;
  const issued = await issueCredential(db, { userId: event.userId, courseId: event.courseId, enrollmentId: event.enrollmentId, appUrl });
  const credentialUrl = "credentialId" in issued ? `${appUrl}/credentials/${issued.credentialId}` : null;
  await deliverMail(db, { key: `completion:${event.enrollmentId}`, to: row.email, ...completionMail({ ...row, appUrl, credentialUrl }) });
}
