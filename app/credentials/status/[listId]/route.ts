import { eq } from "drizzle-orm";
import { getDb } from "@/db";
import { statusLists } from "@/db/schema";
import { isUuid } from "@/lib/credentials/credential-urls";
import { problem } from "@/lib/http/json-response";

export const dynamic = "force-dynamic";

// The signed BitstringStatusListCredential (revocation). Short cache: a revocation
// must reach verifiers quickly.
export async function GET(_request: Request, { params }: { params: Promise<{ listId: string }> }) {
  const { listId } = await params;
  if (!isUuid(listId)) return problem(404, "Status list not found");
  const [list] = await (await getDb()).select({ signedDocument: statusLists.signedDocument }).from(statusLists).where(eq(statusLists.id, listId)).limit(1);
  if (!list?.signedDocument) return problem(404, "Status list not found");
  return new Response(list.signedDocument, {
    headers: { "Content-Type": "application/ld+json; charset=utf-8", "Cache-Control": "public, max-age=60", "Access-Control-Allow-Origin": "*" },
  });
}
