"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { getDb } from "@/db";
import { requireUser } from "@/lib/auth/guards";
import { ForbiddenError } from "@/lib/auth/policy";
import { invalidateCatalog } from "@/lib/catalog/cached-search";
import { formError, formSuccess, invalidForm, type FormState } from "@/lib/forms/form-state";
import { getProviderBySlug } from "@/lib/payments/provider-sales";
import { addEditor, addEditorSchema, profileFormSchema, removeMember, updateProviderProfile } from "@/lib/studio/provider-profile";
import { getUploadStore } from "@/lib/uploads/get-upload-store";
import { pickedFile, storeImageUpload } from "@/lib/uploads/store-image-upload";

// Profile and team of a provider. The provider is looked up from its slug and the
// membership (owner, for the team) is checked in the domain functions.

async function providerOf(formData: FormData) {
  const slug = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/).safeParse(formData.get("providerSlug"));
  return slug.success ? getProviderBySlug(await getDb(), slug.data) : null;
}

export async function updateProfileAction(_: FormState, formData: FormData): Promise<FormState> {
  const user = await requireUser("/provider");
  const provider = await providerOf(formData);
  if (!provider) return formError("Unknown provider.");
  const parsed = profileFormSchema.safeParse({ name: formData.get("name"), description: formData.get("description") ?? "", website: formData.get("website") ?? "" });
  if (!parsed.success) return invalidForm(parsed.error);
  try {
    const logo = pickedFile(formData.get("logo"));
    let logoUrl: string | undefined;
    if (logo) {
      // Membership first: a non-member must not be able to store files either.
      if (!user.isAdmin && !user.memberships.some((m) => m.providerId === provider.id)) throw new ForbiddenError();
      const stored = await storeImageUpload(getUploadStore(), logo, { kind: "provider-logo" });
      if (!stored.ok) return { status: "error", message: "Please correct the highlighted fields.", fieldErrors: { logo: stored.message } };
      logoUrl = stored.url;
    }
    await updateProviderProfile(await getDb(), { actor: user, providerId: provider.id, values: parsed.data, logoUrl });
  } catch (error) {
    if (error instanceof ForbiddenError) return formError(error.message);
    throw error;
  }
  invalidateCatalog();
  revalidatePath(`/providers/${provider.slug}`);
  revalidatePath("/provider", "layout");
  return formSuccess("Profile saved.");
}

export async function addEditorAction(_: FormState, formData: FormData): Promise<FormState> {
  const user = await requireUser("/provider");
  const provider = await providerOf(formData);
  if (!provider) return formError("Unknown provider.");
  const parsed = addEditorSchema.safeParse({ email: formData.get("email") });
  if (!parsed.success) return invalidForm(parsed.error);
  try {
    const result = await addEditor(await getDb(), { actor: user, providerId: provider.id, email: parsed.data.email });
    if (!result.ok) return formError(result.message);
  } catch (error) {
    if (error instanceof ForbiddenError) return formError(error.message);
    throw error;
  }
  revalidatePath(`/provider/${provider.slug}/profile`);
  return formSuccess(`${parsed.data.email} is now an editor.`);
}

export async function removeMemberAction(_: FormState, formData: FormData): Promise<FormState> {
  const user = await requireUser("/provider");
  const provider = await providerOf(formData);
  if (!provider) return formError("Unknown provider.");
  const userId = z.string().min(1).max(100).safeParse(formData.get("userId"));
  if (!userId.success) return formError("Unknown member.");
  try {
    const result = await removeMember(await getDb(), { actor: user, providerId: provider.id, userId: userId.data });
    if (!result.ok) return formError(result.message);
  } catch (error) {
    if (error instanceof ForbiddenError) return formError(error.message);
    throw error;
  }
  revalidatePath(`/provider/${provider.slug}/profile`);
  return formSuccess("Editor removed.");
}
