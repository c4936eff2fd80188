// Issue 15 §8: pixel bombs are refused by reading the header, before anything decodes them.
import { deflateSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import { readImageDimensions } from "@/lib/uploads/image-dimensions";
import { storeImageUpload } from "@/lib/uploads/store-image-upload";
import { oversizedFile } from "@/lib/uploads/upload-limits";
import type { UploadStore } from "@/lib/uploads/upload-store";

function crc32(bytes: Uint8Array): number {
  let c = ~0;
  for (const b of bytes) {
    c ^= b;
    for (let k = 0; k < 8; k++) c = (c >>> 1) ^ (0xedb88320 & -(c & 1));
  }
  return ~c >>> 0;
}
function chunk(type: string, data: Uint8Array): Buffer {
  const head = Buffer.alloc(8);
  head.writeUInt32BE(data.length, 0);
  head.write(type, 4, "ascii");
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(Buffer.concat([head.subarray(4), data])), 0);
  return Buffer.concat([head, data, crc]);
}
/** A real, valid PNG of any declared size: one greyscale bit per pixel, all zero, deflated. */
function png(width: number, height: number, rowsToWrite = height): Uint8Array {
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr.set([1, 0, 0, 0, 0], 8); // bit depth 1, greyscale
  const row = Buffer.alloc(1 + Math.ceil(width / 8));
  const raw = Buffer.concat(Array.from({ length: rowsToWrite }, () => row));
  return Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), chunk("IHDR", ihdr), chunk("IDAT", deflateSync(raw, { level: 9 })), chunk("IEND", new Uint8Array())]);
}

function memoryStore(): UploadStore & { writes: number } {
  const files = new Map<string, Uint8Array>();
  return {
    writes: 0,
    async put(key, bytes) {
      this.writes++;
      files.set(key, bytes);
    },
    async get(key) {
      return files.get(key) ?? null;
    },
  };
}

describe("image dimensions from the header", () => {
  it("reads PNG, JPEG (past APPn segments) and the three WebP kinds", () => {
    expect(readImageDimensions(png(640, 480), "image/png")).toEqual({ width: 640, height: 480 });
    const jpeg = Uint8Array.from([0xff, 0xd8, 0xff, 0xe0, 0, 4, 0, 0, 0xff, 0xc0, 0, 11, 8, 0x01, 0xe0, 0x02, 0x80, 1, 1, 0x11, 0]);
    expect(readImageDimensions(jpeg, "image/jpeg")).toEqual({ width: 640, height: 480 });
    const riff = (fourcc: string, body: number[]) => Uint8Array.from([...Buffer.from("RIFF"), 0, 0, 0, 0, ...Buffer.from("WEBP"), ...Buffer.from(fourcc), ...body]);
    // VP8X: flags, reserved, then (width-1) and (height-1) in 24 bits each.
    expect(readImageDimensions(riff("VP8X", [10, 0, 0, 0, 0, 0, 0, 0, 0x7f, 0x02, 0, 0xdf, 0x01, 0]), "image/webp")).toEqual({ width: 640, height: 480 });
    const lossy = [0, 0, 0, 0, 0, 0, 0, 0x9d, 0x01, 0x2a, 0x80, 0x02, 0xe0, 0x01]; // size, frame tag, start code, sizes
    expect(readImageDimensions(riff("VP8 ", lossy), "image/webp")).toEqual({ width: 640, height: 480 });
    const bits = (640 - 1) | ((480 - 1) << 14);
    expect(readImageDimensions(riff("VP8L", [0, 0, 0, 0, 0x2f, bits & 255, (bits >> 8) & 255, (bits >> 16) & 255, (bits >>> 24) & 255]), "image/webp")).toEqual({ width: 640, height: 480 });
  });
});

describe("storeImageUpload refuses pixel bombs", () => {
  it("a 20000 × 20000 PNG of a few kilobytes is refused and nothing is written", async () => {
    const bomb = png(20_000, 20_000, 64); // the header promises 400 megapixels
    expect(bomb.byteLength).toBeLessThan(100_000);
    const store = memoryStore();
    const result = await storeImageUpload(store, new Blob([bomb as BlobPart]), { kind: "achievement-image" });
    expect(result).toEqual({ ok: false, message: "The image is 20000 × 20000 pixels: at most 8192 on a side and 25 megapixels." });
    expect(store.writes).toBe(0);
  });

  it("a normal image passes", async () => {
    const store = memoryStore();
    expect(await storeImageUpload(store, new Blob([png(1200, 630) as BlobPart]), { kind: "course-cover" })).toMatchObject({ ok: true });
    expect(store.writes).toBe(1);
  });

  it("forms find an oversized file before sending it", () => {
    const data = new FormData();
    data.set("title", "x");
    data.set("cover", new File([new Uint8Array(3 * 1024 * 1024)], "big.png"));
    expect(oversizedFile(data)?.name).toBe("big.png");
    data.set("cover", new File([new Uint8Array(1024)], "small.png"));
    expect(oversizedFile(data)).toBeNull();
  });
});
