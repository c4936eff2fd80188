import { getUploadStore } from "@/lib/uploads/get-upload-store";
import { mimeForKey } from "@/lib/uploads/image-type";
import { uploadKeyPattern } from "@/lib/uploads/store-image-upload";

export const dynamic = "force-dynamic";

// Uploaded images. Keys are random and a stored file never changes, so browsers and
// CDNs may keep them for a year; nosniff stops a browser from reading them as anything
// but the image type we checked on upload.
export async function GET(_request: Request, { params }: { params: Promise<{ key: string[] }> }) {
  const key = (await params).key.join("/");
  const mime = mimeForKey(key);
  if (!uploadKeyPattern.test(key) || !mime) return new Response("Not found", { status: 404 });
  const bytes = await getUploadStore().get(key);
  if (!bytes) return new Response("Not found", { status: 404 });
  return new Response(Buffer.from(bytes), {
    headers: {
      "Content-Type": mime,
      "Content-Length": String(bytes.byteLength),
      "X-Content-Type-Options": "nosniff",
      "Cache-Control": "public, max-age=31536000, immutable",
      "Content-Security-Policy": "default-src 'none'; sandbox",
    },
  });
}
