import { randomUUID } from "node:crypto";
import { readImageDimensions } from "./image-dimensions";
import { detectImageType } from "./image-type";
import { MAX_IMAGE_BYTES, MAX_IMAGE_PIXELS, MAX_IMAGE_SIDE, tooLargeMessage } from "./upload-limits";
import type { UploadStore } from "./upload-store";

export { MAX_IMAGE_BYTES } from "./upload-limits";

export const uploadKinds = ["course-cover", "provider-logo", "achievement-image"] as const;
export type UploadKind = (typeof uploadKinds)[number];

/** Keys we hand out: kind / random uuid . extension. The serving route accepts nothing else. */
export const uploadKeyPattern = /^(course-cover|provider-logo|achievement-image)\/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\.(png|jpg|webp)$/;

export type StoredImage = { ok: true; key: string; url: string } | { ok: false; message: string };

/** The public address of a stored upload. */
export function uploadUrl(key: string): string {
  return `/uploads/${key}`;
}

/**
 * Checks and stores one uploaded image (PNG, JPEG or WebP by its bytes, at most
 * MAX_IMAGE_BYTES, and at most MAX_IMAGE_SIDE / MAX_IMAGE_PIXELS by its header) under a
 * fresh random key. Nothing is written when it is refused.
 */
export async function storeImageUpload(store: UploadStore, file: Blob, options: { kind: UploadKind }): Promise<StoredImage> {
  if (file.size === 0) return { ok: false, message: "The file is empty." };
  if (file.size > MAX_IMAGE_BYTES) return { ok: false, message: tooLargeMessage };
  const bytes = new Uint8Array(await file.arrayBuffer());
  const type = detectImageType(bytes);
  if (!type) return { ok: false, message: "Upload a PNG, JPEG or WebP image." };
  // A header we cannot read is no bomb either: no decoder gets past it (PNG needs IHDR
  // first, JPEG a frame header before its scan), so only a readable size is judged.
  const size = readImageDimensions(bytes, type.mime);
  if (size && (size.width > MAX_IMAGE_SIDE || size.height > MAX_IMAGE_SIDE || size.width * size.height > MAX_IMAGE_PIXELS)) {
    return { ok: false, message: `The image is ${size.width} × ${size.height} pixels: at most ${MAX_IMAGE_SIDE} on a side and ${MAX_IMAGE_PIXELS / 1_000_000} megapixels.` };
  }
  const key = `${options.kind}/${randomUUID()}.${type.ext}`;
  await store.put(key, bytes, type.mime);
  return { ok: true, key, url: uploadUrl(key) };
}

/** A file field from a form: present only when the user actually picked a file. */
export function pickedFile(value: FormDataEntryValue | null): File | null {
  return value instanceof File && value.size > 0 ? value : null;
}
