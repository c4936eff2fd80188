// The type of an uploaded image is read from its first bytes, never from the file
// name or the browser's Content-Type, which the uploader controls.
export type ImageType = { mime: "image/png" | "image/jpeg" | "image/webp"; ext: "png" | "jpg" | "webp" };

const startsWith = (bytes: Uint8Array, signature: number[], offset = 0) => signature.every((b, i) => bytes[offset + i] === b);

export function detectImageType(bytes: Uint8Array): ImageType | null {
  if (startsWith(bytes, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return { mime: "image/png", ext: "png" };
  if (startsWith(bytes, [0xff, 0xd8, 0xff])) return { mime: "image/jpeg", ext: "jpg" };
  // RIFF....WEBP
  if (startsWith(bytes, [0x52, 0x49, 0x46, 0x46]) && startsWith(bytes, [0x57, 0x45, 0x42, 0x50], 8)) return { mime: "image/webp", ext: "webp" };
  return null;
}

const byExt: Record<string, ImageType["mime"]> = { png: "image/png", jpg: "image/jpeg", webp: "image/webp" };

/** The content type to serve a stored key with (keys always end in an extension we chose). */
export function mimeForKey(key: string): ImageType["mime"] | null {
  return byExt[key.split(".").pop() ?? ""] ?? null;
}
