import { randomUUID } from "node:crypto";
import { detectImageType } from "./image-type";
import type { UploadStore } from "./upload-store";

export const uploadKinds = ["course-cover", "provider-logo", "achievement-image"] as const;
export type UploadKind = (typeof uploadKinds)[number];

/** Images up to 2 MB: enough for a cover or a logo, small enough for a server action body. */
export const MAX_IMAGE_BYTES = 2 * 1024 * 1024;

/** Keys we hand out: kind / random uuid . extension. The serving route accepts nothing else. */
export const uploadKeyPattern = /^(course-cover|provider-logo|achievement-image)\/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\.(png|jpg|webp)$/;

export type StoredImage = { ok: true; key: string; url: string } | { ok: false; message: string };

/** The public address of a stored upload. */
export function uploadUrl(key: string): string {
  return `/uploads/${key}`;
}

/**
 * Checks and stores one uploaded image (PNG, JPEG or WebP by its bytes, at most
 * MAX_IMAGE_BYTES) under a fresh random key. Nothing is written when it is refused.
 */
export async function storeImageUpload(store: UploadStore, file: Blob, options: { kind: UploadKind }): Promise<StoredImage> {
  if (file.size === 0) return { ok: false, message: "The file is empty." };
  if (file.size > MAX_IMAGE_BYTES) return { ok: false, message: `The image is too large: at most ${MAX_IMAGE_BYTES / 1024 / 1024} MB.` };
  const bytes = new Uint8Array(await file.arrayBuffer());
  const type = detectImageType(bytes);
  if (!type) return { ok: false, message: "Upload a PNG, JPEG or WebP image." };
  const key = `${options.kind}/${randomUUID()}.${type.ext}`;
  await store.put(key, bytes, type.mime);
  return { ok: true, key, url: uploadUrl(key) };
}

/** A file field from a form: present only when the user actually picked a file. */
export function pickedFile(value: FormDataEntryValue | null): File | null {
  return value instanceof File && value.size > 0 ? value : null;
}
