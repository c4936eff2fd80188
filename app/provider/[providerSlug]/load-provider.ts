import { notFound } from "next/navigation";
import { getDb } from "@/db";
import { requireProviderMember } from "@/lib/auth/guards";
import { getProviderBySlug } from "@/lib/payments/provider-sales";

// Studio pages of one provider: its members (and admins) only; others get 403.
export async function loadStudioProvider(slug: string, page: string) {
  const db = await getDb();
  const provider = await getProviderBySlug(db, slug);
  const user = await requireProviderMember(`/provider/${slug}/${page}`, provider?.id ?? "00000000-0000-0000-0000-000000000000");
  if (!provider) notFound();
  return { db, provider, user };
}
