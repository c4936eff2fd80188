import { getDb } from "@/db";
import { bakedBadgePng } from "@/lib/credentials/badge-files";
import { getCredential } from "@/lib/credentials/get-credential";
import { problem } from "@/lib/http/json-response";

export const dynamic = "force-dynamic";

// The badge image with the signed credential baked in (OB 3.0 PNG baking).
export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  const record = await getCredential(await getDb(), (await params).id);
  if (!record) return problem(404, "Credential not found");
  return new Response(new Uint8Array(await bakedBadgePng(record)), {
    headers: {
      "Content-Type": "image/png",
      "Content-Disposition": `attachment; filename="badge-${record.credential.id}.png"`,
      "Cache-Control": "public, max-age=300",
    },
  });
}
