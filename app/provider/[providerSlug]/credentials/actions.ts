"use server";

import { redirect } from "next/navigation";
import { z } from "zod";
import { getDb } from "@/db";
import { requireProviderMember } from "@/lib/auth/guards";
import { revokeCredentialAsActor, revokeInputSchema } from "@/lib/credentials/manage-credentials";
import { getProviderBySlug } from "@/lib/payments/provider-sales";

const slugSchema = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/);

export async function revokeCredentialProviderAction(formData: FormData) {
  const actor = await requireProviderMember("/provider");
  const slug = slugSchema.safeParse(formData.get("providerSlug"));
  if (!slug.success) redirect("/provider");
  const provider = await getProviderBySlug(await getDb(), slug.data);
  if (!provider) redirect("/provider");
  const back = `/provider/${provider.slug}/credentials`;
  const parsed = revokeInputSchema.safeParse({ credentialId: formData.get("credentialId"), reason: formData.get("reason") });
  if (!parsed.success) redirect(`${back}?notice=${encodeURIComponent(parsed.error.issues[0]!.message)}`);
  // revokeCredentialAsActor checks membership of this provider and that the credential is its own.
  const result = await revokeCredentialAsActor(await getDb(), { actor, providerId: provider.id, ...parsed.data });
  const notice = result.ok ? "Revoked. The verification page now says so, with your reason." : result.reason === "not_found" ? "That credential is not one of yours." : "That credential was already revoked.";
  redirect(`${back}?q=${encodeURIComponent(parsed.data.credentialId)}&notice=${encodeURIComponent(notice)}`);
}
