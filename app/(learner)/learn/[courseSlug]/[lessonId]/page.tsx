import type { Metadata } from "next";
import Link from "next/link";
import { notFound, redirect } from "next/navigation";
import { LessonVideo } from "@/components/learning/lesson-video";
import { LockedNotice } from "@/components/learning/locked-notice";
import { PlayerLayout } from "@/components/learning/player-layout";
import { SubmitButton } from "@/components/learning/submit-button";
import { Markdown } from "@/components/markdown";
import { Badge } from "@/components/ui/badge";
import { ButtonLink, buttonClasses } from "@/components/ui/button";
import { getDb } from "@/db";
import { getCurrentUser } from "@/lib/auth/current-user";
import { formatDuration } from "@/lib/catalog/format";
import { itemHref } from "@/lib/learning/course-progress";
import { outlineItems } from "@/lib/learning/get-course-outline";
import { getLessonForLearner } from "@/lib/learning/get-lesson-for-learner";
import { courseSlugSchema, itemIdSchema } from "@/lib/learning/learning-params";
import { markLessonCompleteAction } from "../../actions";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Lesson", robots: { index: false } };

type Props = { params: Promise<{ courseSlug: string; lessonId: string }> };

export default async function LessonPage({ params }: Props) {
  const { courseSlug, lessonId } = await params;
  if (!courseSlugSchema.safeParse(courseSlug).success || !itemIdSchema.safeParse(lessonId).success) notFound();
  const user = await getCurrentUser();
  const data = await getLessonForLearner(await getDb(), { courseSlug, lessonId, userId: user?.id ?? null });
  if (!data) notFound();
  const path = `/learn/${courseSlug}/${lessonId}`;
  if (data.access === "signin") redirect(`/signin?callbackUrl=${encodeURIComponent(path)}`);

  const { outline, progress, hasAccess, item } = data;
  const items = outlineItems(outline);
  const index = items.findIndex((i) => i.id === item.id);
  const previous = items[index - 1];
  const next = items[index + 1];
  const done = progress.doneLessonIds.has(item.id);

  return (
    <PlayerLayout outline={outline} progress={progress} hasAccess={hasAccess} currentId={item.id}>
      {data.access !== "open" || !data.lesson ? (
        <LockedNotice access="enroll" courseSlug={courseSlug} title={item.title} returnTo={path} />
      ) : (
        <article className="space-y-6">
          <header className="space-y-2">
            <p className="text-sm text-slate-600">
              Lesson {index + 1} of {items.length} · {formatDuration(item.durationMinutes)}
              {item.isPreview && !hasAccess ? (
                <>
                  {" "}
                  <Badge tone="success">Free preview</Badge>
                </>
              ) : null}
            </p>
            <h1 className="text-3xl font-bold tracking-tight">{data.lesson.title}</h1>
          </header>
          <LessonVideo url={data.lesson.videoUrl} title={data.lesson.title} />
          <Markdown>{data.lesson.body}</Markdown>

          <footer className="flex flex-wrap items-center gap-3 border-t border-slate-200 pt-6">
            {hasAccess ? (
              done ? (
                <p className="flex items-center gap-2 text-sm font-medium text-emerald-800">
                  <span aria-hidden>✓</span> Completed
                </p>
              ) : (
                <form action={markLessonCompleteAction}>
                  <input type="hidden" name="courseSlug" value={courseSlug} />
                  <input type="hidden" name="lessonId" value={item.id} />
                  <SubmitButton pendingLabel="Saving…">Mark complete and continue</SubmitButton>
                </form>
              )
            ) : (
              <ButtonLink href={`/courses/${courseSlug}`}>Enroll to continue</ButtonLink>
            )}
            <div className="ml-auto flex gap-2">
              {previous ? (
                <Link href={itemHref(courseSlug, previous)} className={buttonClasses("secondary", "md")} rel="prev">
                  Previous<span className="sr-only">: {previous.title}</span>
                </Link>
              ) : null}
              {next ? (
                <Link href={itemHref(courseSlug, next)} className={buttonClasses("secondary", "md")} rel="next">
                  Next<span className="sr-only">: {next.title}</span>
                </Link>
              ) : null}
            </div>
          </footer>
        </article>
      )}
    </PlayerLayout>
  );
}
