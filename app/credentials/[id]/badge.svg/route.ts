import { getDb } from "@/db";
import { bakedBadgeSvg } from "@/lib/credentials/badge-files";
import { getCredential } from "@/lib/credentials/get-credential";
import { problem } from "@/lib/http/json-response";

export const dynamic = "force-dynamic";

// The badge as SVG with the signed credential baked in (OB 3.0 SVG baking).
export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  const record = await getCredential(await getDb(), (await params).id);
  if (!record) return problem(404, "Credential not found");
  return new Response(await bakedBadgeSvg(record), {
    headers: {
      "Content-Type": "image/svg+xml; charset=utf-8",
      "Content-Disposition": `attachment; filename="badge-${record.credential.id}.svg"`,
      "Cache-Control": "public, max-age=300",
    },
  });
}
