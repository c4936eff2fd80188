// Demo credentials: the demo learner holds one valid credential and one revoked one,
// so a new user sees both states at once. Idempotent: issuing is once per learner and
// achievement, revoking twice is a no-op. Runs after the demo transaction commits,
// because signing reads keys and status lists through the database handle.
import { and, eq, inArray, isNull } from "drizzle-orm";
import { issueCredential } from "@/lib/credentials/issue-credential";
import { revokeCredential } from "@/lib/credentials/revoke-credential";
import type { Db } from "../client";
import { courses, enrollments, users } from "../schema";

const DAY_MS = 86_400_000;
export const DEMO_CREDENTIAL_COURSES = { valid: "machine-learning-foundations", revoked: "security-awareness-for-everyone" } as const;
const REVOCATION_REASON = "Demo: revoked by the issuer after an academic-integrity review.";

export async function seedDemoCredentials(db: Db, input: { appUrl: string; now?: Date }): Promise<number> {
  const now = input.now ?? new Date();
  const [learner] = await db.select({ id: users.id }).from(users).where(eq(users.email, "learner@microcred.test"));
  const [admin] = await db.select({ id: users.id }).from(users).where(eq(users.email, "admin@microcred.test"));
  if (!learner) return 0;
  const rows = await db.select({ id: courses.id, slug: courses.slug }).from(courses).where(inArray(courses.slug, Object.values(DEMO_CREDENTIAL_COURSES)));
  let issued = 0;
  for (const [kind, slug] of Object.entries(DEMO_CREDENTIAL_COURSES)) {
    const course = rows.find((r) => r.slug === slug);
    if (!course) continue;
    const completedAt = new Date(now.getTime() - (kind === "valid" ? 12 : 40) * DAY_MS);
    await db.insert(enrollments).values({ userId: learner.id, courseId: course.id, source: "free", status: "active", completedAt }).onConflictDoNothing();
    // Only an enrollment this seed completed gets a credential (a learner who got there first keeps theirs).
    const [enrollment] = await db
      .select({ id: enrollments.id })
      .from(enrollments)
      .where(and(eq(enrollments.userId, learner.id), eq(enrollments.courseId, course.id)));
    await db.update(enrollments).set({ completedAt }).where(and(eq(enrollments.id, enrollment!.id), isNull(enrollments.completedAt)));
    const result = await issueCredential(db, { userId: learner.id, courseId: course.id, enrollmentId: enrollment!.id, appUrl: input.appUrl, now: completedAt });
    if (!("credentialId" in result)) continue;
    if (result.created) issued++;
    if (kind === "revoked") await revokeCredential(db, { credentialId: result.credentialId, actorId: admin?.id ?? null, reason: REVOCATION_REASON, appUrl: input.appUrl });
  }
  return issued;
}
