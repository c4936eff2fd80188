import { getDb } from "@/db";
import { getCurrentUser } from "@/lib/auth/current-user";
import { isAdmin, isProviderMember } from "@/lib/auth/policy";
import { getProviderBySlug } from "@/lib/payments/provider-sales";
import { learnersCsv, ordersCsv } from "@/lib/studio/export-csv";

export const dynamic = "force-dynamic";

// CSV downloads of the orders and learners tables: members of the provider and admins.
export async function GET(_request: Request, { params }: { params: Promise<{ providerSlug: string; kind: string }> }) {
  const { providerSlug, kind } = await params;
  if (kind !== "orders.csv" && kind !== "learners.csv") return new Response("Not found", { status: 404 });
  const user = await getCurrentUser();
  if (!user) return new Response("Sign in first", { status: 401 });
  const db = await getDb();
  const provider = await getProviderBySlug(db, providerSlug);
  if (!provider || !(isProviderMember(user, provider.id) || isAdmin(user))) return new Response("Forbidden", { status: 403 });
  const body = kind === "orders.csv" ? await ordersCsv(db, { actor: user, providerId: provider.id }) : await learnersCsv(db, { actor: user, providerId: provider.id });
  const date = new Date().toISOString().slice(0, 10);
  return new Response(body, {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="${provider.slug}-${kind.replace(".csv", "")}-${date}.csv"`,
      "Cache-Control": "private, no-store",
    },
  });
}
