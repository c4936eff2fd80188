import { getDb } from "@/db";
import { getCredential } from "@/lib/credentials/get-credential";
import { problem } from "@/lib/http/json-response";

export const dynamic = "force-dynamic";

// The signed credential, byte for byte as issued (never re-serialized or re-signed).
export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  const record = await getCredential(await getDb(), (await params).id);
  if (!record) return problem(404, "Credential not found");
  return new Response(record.credential.document, {
    headers: {
      "Content-Type": "application/ld+json; charset=utf-8",
      "Content-Disposition": `attachment; filename="credential-${record.credential.id}.json"`,
      "Cache-Control": "public, max-age=300",
      "Access-Control-Allow-Origin": "*",
    },
  });
}
