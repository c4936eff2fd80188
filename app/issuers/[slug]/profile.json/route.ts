import { getDb } from "@/db";
import { env } from "@/lib/config/env";
import { getIssuer } from "@/lib/credentials/get-issuer";
import { issuerDocument } from "@/lib/credentials/issuer-profile";
import { problem } from "@/lib/http/json-response";

export const dynamic = "force-dynamic";

// The issuer's Profile as JSON-LD, with every key it has signed with. /issuers/[slug]
// answers with this when asked for JSON (proxy.ts), and with the HTML page otherwise.
export async function GET(_request: Request, { params }: { params: Promise<{ slug: string }> }) {
  const issuer = await getIssuer(await getDb(), (await params).slug);
  if (!issuer) return problem(404, "Issuer not found");
  return new Response(JSON.stringify(issuerDocument(issuer.provider, issuer.keys, env().APP_URL), null, 2), {
    headers: { "Content-Type": "application/ld+json; charset=utf-8", "Cache-Control": "public, max-age=300", Vary: "Accept", "Access-Control-Allow-Origin": "*" },
  });
}
