import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";

// The serving route, against the local store in a temporary directory (env is read once).
const dir = mkdtempSync(path.join(tmpdir(), "microcred-route-"));
process.env.UPLOADS_DIR = dir;
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const PNG = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 1, 2, 3]);
const get = async (key: string) => {
  const { GET } = await import("@/app/uploads/[...key]/route");
  return GET(new Request(`http://x/uploads/${key}`), { params: Promise.resolve({ key: key.split("/") }) });
};

describe("GET /uploads/<key>", () => {
  it("serves a stored image with its type, nosniff and a long immutable cache", async () => {
    const { getUploadStore } = await import("@/lib/uploads/get-upload-store");
    const { storeImageUpload } = await import("@/lib/uploads/store-image-upload");
    const stored = await storeImageUpload(getUploadStore(), new Blob([PNG as BlobPart]), { kind: "course-cover" });
    if (!stored.ok) throw new Error(stored.message);
    const response = await get(stored.key);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("image/png");
    expect(response.headers.get("x-content-type-options")).toBe("nosniff");
    expect(response.headers.get("cache-control")).toBe("public, max-age=31536000, immutable");
    expect(new Uint8Array(await response.arrayBuffer())).toEqual(PNG);
  });

  it("answers 404 for keys it did not hand out, traversal attempts and missing files", async () => {
    for (const key of ["../../etc/passwd", "course-cover/x.png", "other/00000000-0000-4000-8000-000000000000.png", "course-cover/00000000-0000-4000-8000-000000000000.svg", "course-cover/00000000-0000-4000-8000-000000000000.png"]) {
      expect((await get(key)).status, key).toBe(404);
    }
  });
});
