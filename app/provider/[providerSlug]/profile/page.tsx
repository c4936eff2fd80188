import type { Metadata } from "next";
import { ActionForm } from "@/components/forms/action-form";
import { TextField } from "@/components/forms/text-field";
import { ProviderNav } from "@/components/payments/provider-nav";
import { MarkdownField } from "@/components/studio/markdown-field";
import { StudioForm } from "@/components/studio/studio-form";
import { Badge } from "@/components/ui/badge";
import { Card } from "@/components/ui/card";
import { Field, fieldClasses } from "@/components/ui/input";
import { listMembers } from "@/lib/studio/provider-profile";
import { MAX_IMAGE_BYTES } from "@/lib/uploads/store-image-upload";
import { addEditorAction, removeMemberAction, updateProfileAction } from "../../profile-actions";
import { loadStudioProvider } from "../load-provider";

export const metadata: Metadata = { title: "Profile & team", robots: { index: false } };
export const dynamic = "force-dynamic";

export default async function ProfilePage({ params }: { params: Promise<{ providerSlug: string }> }) {
  const { providerSlug } = await params;
  const { db, provider, user } = await loadStudioProvider(providerSlug, "profile");
  const members = await listMembers(db, { actor: user, providerId: provider.id });
  const isOwner = user.isAdmin || user.memberships.some((m) => m.providerId === provider.id && m.role === "owner");
  return (
    <div className="space-y-8">
      <ProviderNav slug={provider.slug} name={provider.name} current="profile" />
      <h1 className="text-3xl font-bold tracking-tight">Profile &amp; team</h1>
      <section aria-labelledby="profile-heading" className="space-y-3">
        <h2 id="profile-heading" className="text-xl font-semibold">
          Public profile
        </h2>
        <p className="text-sm text-slate-700">
          Shown on <a href={`/providers/${provider.slug}`} className="font-medium text-brand-700 underline">your public page</a> and as the issuer of your credentials.
        </p>
        <Card className="p-6">
          <StudioForm action={updateProfileAction} submitLabel="Save profile" labels={{ name: "Name", description: "Description", website: "Website", logo: "Logo" }}>
            <input type="hidden" name="providerSlug" value={provider.slug} />
            <TextField name="name" label="Name" defaultValue={provider.name} required />
            <TextField name="website" label="Website" defaultValue={provider.url ?? ""} inputMode="url" placeholder="https://" />
            <MarkdownField name="description" label="Description (markdown)" defaultValue={provider.description} rows={6} />
            <div className="space-y-2">
              {provider.logoUrl ? (
                // eslint-disable-next-line @next/next/no-img-element -- an uploaded file served by our own route
                <img src={provider.logoUrl} alt="Current logo" className="size-20 rounded-lg border border-slate-200 object-contain" />
              ) : null}
              <Field id="provider-logo" label="Logo" hint={`PNG, JPEG or WebP, at most ${MAX_IMAGE_BYTES / 1024 / 1024} MB.`}>
                <input id="provider-logo" name="logo" type="file" accept="image/png,image/jpeg,image/webp" className={fieldClasses} aria-describedby="provider-logo-hint" />
              </Field>
            </div>
          </StudioForm>
        </Card>
      </section>
      <section aria-labelledby="team-heading" className="space-y-3">
        <h2 id="team-heading" className="text-xl font-semibold">
          Team
        </h2>
        <Card className="divide-y divide-slate-100">
          {members.map((m) => (
            <div key={m.userId} className="flex flex-wrap items-center gap-3 px-4 py-3 text-sm">
              <span className="flex-1">
                {m.name ? `${m.name} · ` : ""}
                {m.email}
              </span>
              <Badge tone={m.role === "owner" ? "brand" : "neutral"}>{m.role === "owner" ? "Owner" : "Editor"}</Badge>
              {isOwner && m.role === "editor" ? (
                <ActionForm action={removeMemberAction} submitLabel={`Remove ${m.email}`} variant="secondary" className="flex items-center">
                  <input type="hidden" name="providerSlug" value={provider.slug} />
                  <input type="hidden" name="userId" value={m.userId} />
                </ActionForm>
              ) : null}
            </div>
          ))}
        </Card>
        {isOwner ? (
          <Card className="p-6">
            <ActionForm action={addEditorAction} submitLabel="Add editor" labels={{ email: "Email" }}>
              <input type="hidden" name="providerSlug" value={provider.slug} />
              <TextField name="email" type="email" label="Email of an existing Microcred account" hint="Editors can build and publish courses and see sales; only owners change the team." autoComplete="off" />
            </ActionForm>
          </Card>
        ) : (
          <p className="text-sm text-slate-600">Only an owner can add or remove editors.</p>
        )}
      </section>
    </div>
  );
}
