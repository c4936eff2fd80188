import type { Metadata } from "next";
import Link from "next/link";
import { ProgressBar } from "@/components/learning/progress-bar";
import { Badge } from "@/components/ui/badge";
import { ButtonLink } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { getDb } from "@/db";
import { requireUser } from "@/lib/auth/guards";
import { listMyLearning, type MyCourse } from "@/lib/learning/list-my-learning";

export const metadata: Metadata = { title: "My learning" };
export const dynamic = "force-dynamic";

const shortDate = new Intl.DateTimeFormat("en", { dateStyle: "medium" });
const inactiveLabel = { suspended: "Access paused during a payment dispute", refunded: "Refunded", revoked: "Access revoked", active: "" } as const;

export default async function MyLearningPage() {
  const user = await requireUser("/learning");
  const { inProgress, completed, inactive } = await listMyLearning(await getDb(), { userId: user.id });

  return (
    <div className="space-y-10">
      <header>
        <h1 className="text-3xl font-bold tracking-tight">My learning</h1>
        <p className="mt-1 text-slate-600">
          Pick up where you left off. Your credentials for completed courses are under{" "}
          <Link href="/learning/credentials" className="font-medium text-brand-700 underline hover:no-underline">
            My credentials
          </Link>
          .
        </p>
      </header>

      {inProgress.length + completed.length + inactive.length === 0 ? (
        <EmptyState title="No courses yet" action={<ButtonLink href="/courses">Browse courses</ButtonLink>}>
          Enroll in a course and it will appear here with your progress.
        </EmptyState>
      ) : null}

      {inProgress.length > 0 ? (
        <CourseSection id="in-progress" title="In progress">
          {inProgress.map((c) => (
            <CourseRow key={c.courseId} course={c}>
              <ProgressBar percent={c.percent} label={`${c.done} of ${c.total} done`} />
              <ButtonLink href={`/learn/${c.slug}`} size="sm" className="mt-3">
                {c.done === 0 ? "Start" : "Continue"}
                <span className="sr-only"> {c.title}</span>
              </ButtonLink>
            </CourseRow>
          ))}
        </CourseSection>
      ) : null}

      {completed.length > 0 ? (
        <CourseSection id="completed" title="Completed">
          {completed.map((c) => (
            <CourseRow key={c.courseId} course={c}>
              <p className="text-sm text-emerald-800">
                <span aria-hidden>✓ </span>Completed on {shortDate.format(c.completedAt!)}
              </p>
              {c.status === "active" ? (
                <Link href={`/learn/${c.slug}/complete`} className="mt-2 inline-block text-sm font-medium text-brand-700 hover:underline">
                  Review and rate<span className="sr-only"> {c.title}</span>
                </Link>
              ) : null}
            </CourseRow>
          ))}
        </CourseSection>
      ) : null}

      {inactive.length > 0 ? (
        <CourseSection id="inactive" title="No longer available">
          {inactive.map((c) => (
            <CourseRow key={c.courseId} course={c}>
              <Badge tone="warning">{inactiveLabel[c.status]}</Badge>
            </CourseRow>
          ))}
        </CourseSection>
      ) : null}
    </div>
  );
}

function CourseSection({ id, title, children }: { id: string; title: string; children: React.ReactNode }) {
  return (
    <section aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`} className="mb-4 text-xl font-semibold">
        {title}
      </h2>
      <ul className="grid gap-4 md:grid-cols-2">{children}</ul>
    </section>
  );
}

function CourseRow({ course, children }: { course: MyCourse; children: React.ReactNode }) {
  return (
    <li>
      <Card className="h-full p-5">
        <h3 className="font-semibold">
          <Link href={`/courses/${course.slug}`} className="hover:underline">
            {course.title}
          </Link>
        </h3>
        <p className="mb-3 text-sm text-slate-600">{course.providerName}</p>
        {children}
      </Card>
    </li>
  );
}
