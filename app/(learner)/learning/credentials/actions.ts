"use server";

import { redirect } from "next/navigation";
import { z } from "zod";
import { getDb } from "@/db";
import { requireUser } from "@/lib/auth/guards";
import { setNameVisibility } from "@/lib/credentials/set-name-visibility";

const visibilitySchema = z.object({ credentialId: z.uuid(), showName: z.enum(["true", "false"]) });

export async function setNameVisibilityAction(formData: FormData) {
  const user = await requireUser("/learning/credentials");
  const parsed = visibilitySchema.safeParse({ credentialId: formData.get("credentialId"), showName: formData.get("showName") });
  if (!parsed.success) redirect("/learning/credentials?notice=invalid");
  const ok = await setNameVisibility(await getDb(), { userId: user.id, credentialId: parsed.data.credentialId, showName: parsed.data.showName === "true" });
  redirect(`/learning/credentials?notice=${ok ? (parsed.data.showName === "true" ? "shown" : "hidden") : "invalid"}`);
}
