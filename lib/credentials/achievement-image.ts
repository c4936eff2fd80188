import { createHash } from "node:crypto";
import { Resvg } from "@resvg/resvg-js";
import type { Achievement } from "@/db/schema";
import { getUploadStore } from "@/lib/uploads/get-upload-store";
import { detectImageType } from "@/lib/uploads/image-type";
import type { UploadStore } from "@/lib/uploads/upload-store";

const escapeXml = (s: string) => s.replace(/[<>&"']/g, (c) => ({ "<": "&lt;", ">": "&gt;", "&": "&amp;", '"': "&quot;", "'": "&apos;" })[c]!);

// Splits a title into at most `maxLines` lines of about `width` characters.
function wrap(text: string, width: number, maxLines: number): string[] {
  const lines: string[] = [];
  let line = "";
  for (const word of text.split(/\s+/).filter(Boolean)) {
    if ((line + " " + word).trim().length > width && line) {
      lines.push(line);
      line = word;
    } else line = (line + " " + word).trim();
  }
  if (line) lines.push(line);
  if (lines.length > maxLines) {
    lines.length = maxLines;
    lines[maxLines - 1] = `${lines[maxLines - 1]!.slice(0, width - 1)}…`;
  }
  return lines;
}

// A hue from the provider's name, so each issuer's badges share a colour.
function hue(seed: string): number {
  let h = 0;
  for (const ch of seed) h = (h * 31 + ch.charCodeAt(0)) % 360;
  return h;
}

/** The generated badge: the course title on a medal in the provider's colour. */
export function generatedBadgeSvg(input: { title: string; providerName: string }): string {
  const h = hue(input.providerName);
  const titleLines = wrap(input.title, 18, 4);
  const startY = 250 - (titleLines.length - 1) * 17;
  const title = titleLines.map((l, i) => `<text x="256" y="${startY + i * 34}" font-size="28" font-weight="bold">${escapeXml(l)}</text>`).join("");
  const provider = escapeXml(wrap(input.providerName, 28, 1)[0] ?? "");
  return `<svg xmlns="http://www.w3.org/2000/svg" width="512" height="512" viewBox="0 0 512 512" role="img" aria-label="${escapeXml(input.title)} badge by ${provider}">
<circle cx="256" cy="256" r="240" fill="hsl(${h}, 55%, 32%)"/>
<circle cx="256" cy="256" r="212" fill="none" stroke="hsl(${h}, 70%, 80%)" stroke-width="6" stroke-dasharray="4 10"/>
<circle cx="256" cy="256" r="184" fill="hsl(${h}, 60%, 42%)"/>
<g font-family="DejaVu Sans, Arial, sans-serif" fill="#ffffff" text-anchor="middle">
<text x="256" y="140" font-size="20" letter-spacing="3">CERTIFIED</text>
${title}
<text x="256" y="392" font-size="20">${provider}</text>
</g>
</svg>`;
}

// Keyed by a hash: an uploaded image makes the SVG as large as the upload.
const pngCache = new Map<string, Buffer>();

export function renderPng(svg: string): Buffer {
  const key = createHash("sha256").update(svg).digest("base64url");
  const cached = pngCache.get(key);
  if (cached) return cached;
  const png = Buffer.from(new Resvg(svg, { fitTo: { mode: "width", value: 512 }, font: { loadSystemFonts: true, defaultFontFamily: "DejaVu Sans" } }).render().asPng());
  if (pngCache.size > 200) pngCache.clear();
  pngCache.set(key, png);
  return png;
}

/**
 * Image types an achievement image may be uploaded in. WebP is refused here (the
 * course cover takes it): the badge PNG is rendered by resvg, which cannot decode it.
 */
export const achievementImageMimes = ["image/png", "image/jpeg"] as const;

/** An uploaded image framed as a 512×512 SVG (kept whole, centred), so PNG and SVG badges show the same picture. */
export function uploadedBadgeSvg(bytes: Uint8Array, mime: string, label: string): string {
  const href = `data:${mime};base64,${Buffer.from(bytes).toString("base64")}`;
  return `<svg xmlns="http://www.w3.org/2000/svg" width="512" height="512" viewBox="0 0 512 512" role="img" aria-label="${escapeXml(label)}">
<image width="512" height="512" preserveAspectRatio="xMidYMid meet" href="${href}"/>
</svg>`;
}

export type AchievementImage = { png: Buffer; svg: string };

/**
 * The one place an achievement's image is decided: the provider's uploaded image when
 * there is one (PNG or JPEG, from lib/uploads), else the generated badge (course title
 * + provider). The PNG is always rendered afresh, so an upload's own metadata chunks
 * never reach a baked badge (which must hold exactly one openbadgecredential chunk).
 */
export async function resolveAchievementImage(
  achievement: Pick<Achievement, "imagePath">,
  source: { courseTitle: string; providerName: string },
  store: UploadStore = getUploadStore(),
): Promise<AchievementImage> {
  if (achievement.imagePath) {
    const bytes = await store.get(achievement.imagePath);
    const type = bytes ? detectImageType(bytes) : null;
    if (bytes && type && (achievementImageMimes as readonly string[]).includes(type.mime)) {
      const label = `${source.courseTitle} badge by ${source.providerName}`;
      const png = renderPng(uploadedBadgeSvg(bytes, type.mime, label));
      // The SVG badge carries the 512 px rendering, not the original upload, so a baked
      // SVG stays small enough to paste into /verify.
      return { svg: uploadedBadgeSvg(png, "image/png", label), png };
    }
    // A missing or unusable upload falls back to the generated badge rather than breaking every download.
  }
  const svg = generatedBadgeSvg({ title: source.courseTitle, providerName: source.providerName });
  return { svg, png: renderPng(svg) };
}
