// Upload limits, in a file without server-only imports so forms can check before sending.

/** Images up to 2 MB: enough for a cover or a logo, small enough for a server action body. */
export const MAX_IMAGE_BYTES = 2 * 1024 * 1024;

/**
 * Pixel limits, read from the file's header before anything decodes it: a 389 kB PNG can
 * declare 20000 × 20000 pixels (1.6 GB once decoded) and stall every badge rendered from it.
 */
export const MAX_IMAGE_SIDE = 8192;
export const MAX_IMAGE_PIXELS = 25_000_000;

export const tooLargeMessage = `The image is too large: at most ${MAX_IMAGE_BYTES / 1024 / 1024} MB.`;

/** The first picked file over the size limit, for a form to refuse before uploading. */
export function oversizedFile(data: FormData): File | null {
  for (const value of data.values()) if (value instanceof File && value.size > MAX_IMAGE_BYTES) return value;
  return null;
}
