"use server";

import { redirect } from "next/navigation";
import { getDb } from "@/db";
import { requireAdmin } from "@/lib/auth/guards";
import { revokeCredentialAsActor, revokeInputSchema } from "@/lib/credentials/manage-credentials";

export async function revokeCredentialAdminAction(formData: FormData) {
  const actor = await requireAdmin("/admin/credentials");
  const parsed = revokeInputSchema.safeParse({ credentialId: formData.get("credentialId"), reason: formData.get("reason") });
  if (!parsed.success) redirect(`/admin/credentials?notice=${encodeURIComponent(parsed.error.issues[0]!.message)}`);
  const result = await revokeCredentialAsActor(await getDb(), { actor, ...parsed.data });
  const notice = result.ok ? "Revoked. The status list is re-signed and the verification page says why." : result.reason === "not_found" ? "That credential does not exist." : "That credential was already revoked.";
  redirect(`/admin/credentials?q=${encodeURIComponent(parsed.data.credentialId)}&notice=${encodeURIComponent(notice)}`);
}
