import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { AchievementForm } from "@/components/credentials/achievement-form";
import { achievementTypes } from "@/db/schema";
import { env } from "@/lib/config/env";
import { isUuid } from "@/lib/credentials/credential-urls";
import { getAchievementForEditor } from "@/lib/credentials/update-achievement";
import { loadStudioProvider } from "../../../load-provider";
import { saveAchievementAction } from "./actions";

export const metadata: Metadata = { title: "Achievement" };
export const dynamic = "force-dynamic";

type Props = { params: Promise<{ providerSlug: string; courseId: string }> };

export default async function AchievementEditorPage({ params }: Props) {
  const { providerSlug, courseId } = await params;
  const { db, provider, user } = await loadStudioProvider(providerSlug, `courses/${courseId}/achievement`);
  if (!isUuid(courseId)) notFound();
  const loaded = await getAchievementForEditor(db, { actor: user, providerId: provider.id, courseId, appUrl: env().APP_URL });
  if (!loaded) notFound();
  const { course, achievement } = loaded;
  return (
    <div className="mx-auto max-w-3xl space-y-6">
      <header className="space-y-1">
        <p className="text-sm font-medium text-brand-700">{provider.name}</p>
        <h1 className="text-3xl font-bold tracking-tight">Achievement for {course.title}</h1>
        <p className="text-sm text-slate-700">
          Learners who complete the course receive an Open Badges 3.0 credential with these details. Credentials already issued keep what they were signed with.{" "}
          <Link href={`/provider/${provider.slug}/credentials`} className="text-brand-700 underline hover:no-underline">
            Issued credentials
          </Link>
        </p>
      </header>
      <div className="flex items-center gap-4">
        {/* The version parameter shows a new upload at once despite the image's cache lifetime. */}
        {/* eslint-disable-next-line @next/next/no-img-element -- the badge from our own route, already 512 px */}
        <img
          src={`/issuers/${provider.slug}/achievements/${achievement.id}/image.png?v=${achievement.updatedAt.getTime()}`}
          alt={`Badge image for ${achievement.name}`}
          width={96}
          height={96}
          className="size-24"
        />
        <p className="text-sm text-slate-700">
          {achievement.imagePath ? "The badge shows the image you uploaded." : <>The badge image is generated from the course title and {provider.name}&apos;s name. Upload your own below.</>}
        </p>
      </div>
      <AchievementForm
        action={saveAchievementAction}
        providerSlug={provider.slug}
        courseId={course.id}
        types={achievementTypes}
        hasUploadedImage={achievement.imagePath !== null}
        initial={{
          name: achievement.name,
          description: achievement.description,
          criteria: achievement.criteria,
          achievementType: achievement.achievementType,
          validityDays: achievement.validityDays,
          alignments: achievement.alignments,
        }}
      />
    </div>
  );
}
