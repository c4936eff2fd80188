import { notFound } from "next/navigation";
import { z } from "zod";
import { ForbiddenError } from "@/lib/auth/policy";
import { NotFoundError } from "@/lib/studio/get-managed-course";
import { loadStudioProvider } from "./load-provider";

const uuid = z.uuid();

// A studio page about one course: the provider's members (and admins) only, and the
// course must belong to the provider in the address; anything else is a 404.
export async function loadStudioCourse<T extends { course: { providerId: string } }>(
  slug: string,
  ids: string[],
  page: string,
  load: (ctx: Awaited<ReturnType<typeof loadStudioProvider>>) => Promise<T>,
) {
  const ctx = await loadStudioProvider(slug, page);
  if (!ids.every((id) => uuid.safeParse(id).success)) notFound();
  let data: T;
  try {
    data = await load(ctx);
  } catch (error) {
    // The address's provider was checked above; an item of another provider is, here, not found.
    if (error instanceof NotFoundError || error instanceof ForbiddenError) notFound();
    throw error;
  }
  if (data.course.providerId !== ctx.provider.id) notFound();
  return { ...ctx, ...data };
}
