import { getDb } from "@/db";
import { resolveAchievementImage } from "@/lib/credentials/achievement-image";
import { isUuid } from "@/lib/credentials/credential-urls";
import { getAchievementImageSource } from "@/lib/credentials/get-issuer";
import { problem } from "@/lib/http/json-response";

export const dynamic = "force-dynamic";

// The achievement's image (the Image object's id inside every credential for it).
export async function GET(_request: Request, { params }: { params: Promise<{ slug: string; achievementId: string }> }) {
  const { slug, achievementId } = await params;
  if (!isUuid(achievementId)) return problem(404, "Image not found");
  const source = await getAchievementImageSource(await getDb(), { providerSlug: slug, achievementId });
  if (!source) return problem(404, "Image not found");
  const { png } = await resolveAchievementImage(source, source);
  return new Response(new Uint8Array(png), { headers: { "Content-Type": "image/png", "Cache-Control": "public, max-age=3600" } });
}
