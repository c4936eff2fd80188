import type { ImageType } from "./image-type";

export type Dimensions = { width: number; height: number };

// Width and height from the header alone, never by decoding: constant work for PNG and
// WebP, and a walk over JPEG's segment headers (each names its own length), so the cost
// is linear in the file at worst and the file is at most 2 MB.
export function readImageDimensions(bytes: Uint8Array, type: ImageType["mime"]): Dimensions | null {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  try {
    if (type === "image/png") return pngDimensions(bytes, view);
    if (type === "image/jpeg") return jpegDimensions(bytes, view);
    return webpDimensions(bytes, view);
  } catch {
    return null; // a header that ends early: not an image we can vouch for
  }
}

function pngDimensions(bytes: Uint8Array, view: DataView): Dimensions | null {
  // Signature (8), then the IHDR chunk: length (4), "IHDR" (4), width (4), height (4).
  const ihdr = String.fromCharCode(...bytes.subarray(12, 16));
  return ihdr === "IHDR" ? { width: view.getUint32(16), height: view.getUint32(20) } : null;
}

function jpegDimensions(bytes: Uint8Array, view: DataView): Dimensions | null {
  let offset = 2; // after SOI
  while (offset + 9 < bytes.length) {
    if (bytes[offset] !== 0xff) return null;
    const marker = bytes[offset + 1]!;
    if (marker === 0xff) {
      offset += 1; // fill byte
      continue;
    }
    // SOF0–SOF15 carry the frame size, except DHT (C4), JPG (C8) and DAC (CC).
    if (marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc) {
      return { height: view.getUint16(offset + 5), width: view.getUint16(offset + 7) };
    }
    if (marker === 0xd9 || marker === 0xda) return null; // end of image or start of scan before any frame
    offset += 2 + view.getUint16(offset + 2);
  }
  return null;
}

function webpDimensions(bytes: Uint8Array, view: DataView): Dimensions | null {
  const chunk = String.fromCharCode(...bytes.subarray(12, 16));
  if (chunk === "VP8X") {
    const w = 1 + (bytes[24]! | (bytes[25]! << 8) | (bytes[26]! << 16));
    const h = 1 + (bytes[27]! | (bytes[28]! << 8) | (bytes[29]! << 16));
    return { width: w, height: h };
  }
  if (chunk === "VP8 ") return { width: view.getUint16(26, true) & 0x3fff, height: view.getUint16(28, true) & 0x3fff };
  if (chunk === "VP8L") {
    const bits = view.getUint32(21, true);
    return { width: (bits & 0x3fff) + 1, height: ((bits >> 14) & 0x3fff) + 1 };
  }
  return null;
}
