import { mkdtempSync, readdirSync, rmSync } from "node:fs";
import { createServer, type IncomingMessage, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { detectImageType, mimeForKey } from "@/lib/uploads/image-type";
import { MAX_IMAGE_BYTES, storeImageUpload, uploadKeyPattern } from "@/lib/uploads/store-image-upload";
import { localUploadStore, s3UploadStore } from "@/lib/uploads/upload-store";

const PNG = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]);
const JPEG = new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 0, 16]);
const WEBP = new Uint8Array([0x52, 0x49, 0x46, 0x46, 1, 2, 3, 4, 0x57, 0x45, 0x42, 0x50]);
const blob = (bytes: Uint8Array, type = "image/png") => new Blob([bytes as BlobPart], { type });

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), "microcred-uploads-"));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("image type by magic bytes", () => {
  it("recognizes PNG, JPEG and WebP and nothing else", () => {
    expect(detectImageType(PNG)?.mime).toBe("image/png");
    expect(detectImageType(JPEG)?.mime).toBe("image/jpeg");
    expect(detectImageType(WEBP)?.mime).toBe("image/webp");
    expect(detectImageType(new TextEncoder().encode("<svg xmlns='http://www.w3.org/2000/svg'/>"))).toBeNull();
    expect(detectImageType(new TextEncoder().encode("GIF89a"))).toBeNull();
    expect(mimeForKey("course-cover/x.webp")).toBe("image/webp");
    expect(mimeForKey("course-cover/x.svg")).toBeNull();
  });
});

describe("storeImageUpload on local disk", () => {
  it("stores a checked image under a fresh key and reads it back", async () => {
    const store = localUploadStore(dir);
    const result = await storeImageUpload(store, blob(PNG), { kind: "course-cover" });
    if (!result.ok) throw new Error(result.message);
    expect(result.key).toMatch(uploadKeyPattern);
    expect(result.key.endsWith(".png")).toBe(true);
    expect(result.url).toBe(`/uploads/${result.key}`);
    expect(await store.get(result.key)).toEqual(PNG);
    expect(await store.get("course-cover/00000000-0000-4000-8000-000000000000.png")).toBeNull();
  });

  it("refuses the wrong type (whatever the browser claims), empty files and files over the limit, writing nothing", async () => {
    const empty = mkdtempSync(path.join(tmpdir(), "microcred-refused-"));
    const store = localUploadStore(empty);
    const html = await storeImageUpload(store, blob(new TextEncoder().encode("<html><script>alert(1)</script>"), "image/png"), { kind: "course-cover" });
    expect(html).toEqual({ ok: false, message: "Upload a PNG, JPEG or WebP image." });
    const big = new Uint8Array(MAX_IMAGE_BYTES + 1);
    big.set(PNG);
    expect(await storeImageUpload(store, blob(big), { kind: "provider-logo" })).toEqual({ ok: false, message: "The image is too large: at most 2 MB." });
    expect(await storeImageUpload(store, blob(new Uint8Array()), { kind: "provider-logo" })).toEqual({ ok: false, message: "The file is empty." });
    expect(readdirSync(empty)).toEqual([]);
    rmSync(empty, { recursive: true, force: true });
  });

  it("accepts exactly the limit", async () => {
    const exact = new Uint8Array(MAX_IMAGE_BYTES);
    exact.set(JPEG);
    const result = await storeImageUpload(localUploadStore(dir), blob(exact, "image/jpeg"), { kind: "achievement-image" });
    expect(result.ok && result.key.startsWith("achievement-image/") && result.key.endsWith(".jpg")).toBe(true);
  });
});

describe("S3-compatible store", () => {
  // A tiny stand-in for an S3 endpoint (path-style: /<bucket>/<key>), recording requests.
  const objects = new Map<string, { body: Buffer; type: string }>();
  const seen: { method: string; url: string; auth: string; type?: string }[] = [];
  let server: Server;
  let endpoint: string;
  const read = (req: IncomingMessage) => new Promise<Buffer>((resolve) => {
    const chunks: Buffer[] = [];
    req.on("data", (c: Buffer) => chunks.push(c));
    req.on("end", () => resolve(Buffer.concat(chunks)));
  });
  beforeAll(async () => {
    server = createServer(async (req, res) => {
      const body = await read(req);
      const url = new URL(req.url ?? "/", "http://x").pathname;
      seen.push({ method: req.method ?? "", url, auth: String(req.headers.authorization ?? ""), type: req.headers["content-type"] });
      if (req.method === "PUT") {
        objects.set(url, { body, type: String(req.headers["content-type"]) });
        res.writeHead(200, { ETag: '"etag"' }).end();
      } else if (req.method === "GET" && objects.has(url)) {
        const o = objects.get(url)!;
        res.writeHead(200, { "Content-Type": o.type, "Content-Length": String(o.body.length) }).end(o.body);
      } else {
        res.writeHead(404, { "Content-Type": "application/xml" }).end('<?xml version="1.0"?><Error><Code>NoSuchKey</Code><Message>missing</Message></Error>');
      }
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    endpoint = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  it("puts and gets objects path-style with signed requests, and reports a missing key as null", async () => {
    const store = s3UploadStore({ bucket: "uploads", region: "us-east-1", endpoint, accessKeyId: "AKIDTEST", secretAccessKey: "secret" });
    const result = await storeImageUpload(store, blob(WEBP, "image/webp"), { kind: "provider-logo" });
    if (!result.ok) throw new Error(result.message);
    const put = seen.find((r) => r.method === "PUT")!;
    expect(put.url).toBe(`/uploads/${result.key}`);
    expect(put.type).toBe("image/webp");
    expect(put.auth).toMatch(/^AWS4-HMAC-SHA256 Credential=AKIDTEST\/\d{8}\/us-east-1\/s3\/aws4_request/);
    expect(await store.get(result.key)).toEqual(WEBP);
    expect(await store.get("provider-logo/00000000-0000-4000-8000-000000000000.png")).toBeNull();
  });
});
