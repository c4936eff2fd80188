import { resolveAchievementImage } from "./achievement-image";
import { bakePng, bakeSvg } from "./bake-badge";
import type { CredentialRecord } from "./get-credential";

// The credential's badge image with the signed document baked in, exactly as stored.
export async function bakedBadgePng(record: CredentialRecord): Promise<Buffer> {
  const image = await resolveAchievementImage({ imagePath: record.imagePath }, { courseTitle: record.courseTitle, providerName: record.providerName });
  return bakePng(image.png, record.credential.document);
}

export async function bakedBadgeSvg(record: CredentialRecord): Promise<string> {
  const image = await resolveAchievementImage({ imagePath: record.imagePath }, { courseTitle: record.courseTitle, providerName: record.providerName });
  return bakeSvg(image.svg, record.credential.document);
}
