import { BadgeFormatError, extractFromPng, extractFromSvg } from "./bake-badge";

export const MAX_VERIFY_BYTES = 1_000_000;

export type ParsedInput = { ok: true; document: Record<string, unknown>; source: "json" | "png" | "svg" } | { ok: false; message: string };

const PNG_MAGIC = Buffer.from([0x89, 0x50, 0x4e, 0x47]);

/**
 * Turns what someone pasted or uploaded — credential JSON, a baked PNG or a baked SVG —
 * into the credential object. Anything else gets a message saying what was wrong.
 */
export function parseVerifyInput(bytes: Buffer): ParsedInput {
  if (bytes.length === 0) return { ok: false, message: "Paste a credential or choose a file." };
  if (bytes.length > MAX_VERIFY_BYTES) return { ok: false, message: `The input is larger than ${MAX_VERIFY_BYTES / 1_000_000} MB.` };
  let text: string | null;
  let source: "json" | "png" | "svg" = "json";
  try {
    if (bytes.subarray(0, 4).equals(PNG_MAGIC)) {
      source = "png";
      text = extractFromPng(bytes);
      if (text === null) return { ok: false, message: "This PNG has no baked credential (no openbadgecredential iTXt chunk)." };
    } else {
      const raw = bytes.toString("utf8").replace(/^\uFEFF/, "").trim();
      if (raw.startsWith("<")) {
        source = "svg";
        text = extractFromSvg(raw);
        if (text === null) return { ok: false, message: "This SVG has no baked credential (no openbadges:credential element)." };
      } else text = raw;
    }
  } catch (error) {
    if (error instanceof BadgeFormatError) return { ok: false, message: error.message };
    throw error;
  }
  let document: unknown;
  try {
    document = JSON.parse(text.trim());
  } catch {
    return { ok: false, message: source === "json" ? "This is not valid JSON, nor a PNG or SVG badge." : `The credential baked into this ${source.toUpperCase()} is not valid JSON.` };
  }
  if (typeof document !== "object" || document === null || Array.isArray(document)) return { ok: false, message: "A credential must be a JSON object." };
  if (typeof (document as Record<string, unknown>).proof !== "object") {
    // A JWT-secured or unsigned credential: say so rather than "invalid signature".
    return { ok: false, message: "This credential has no Data Integrity proof; we verify eddsa-rdfc-2022 signed credentials." };
  }
  return { ok: true, document: document as Record<string, unknown>, source };
}
