import type { Metadata } from "next";
import { CredentialManager } from "@/components/credentials/credential-manager";
import { getDb } from "@/db";
import { requireAdmin } from "@/lib/auth/guards";
import { findCredentials, listRevocations } from "@/lib/credentials/manage-credentials";
import { revokeCredentialAdminAction } from "./actions";

export const metadata: Metadata = { title: "Credentials" };
export const dynamic = "force-dynamic";

export default async function AdminCredentialsPage({ searchParams }: { searchParams: Promise<{ q?: string; notice?: string }> }) {
  const actor = await requireAdmin("/admin/credentials");
  const { q = "", notice } = await searchParams;
  const db = await getDb();
  const [found, revocations] = await Promise.all([findCredentials(db, { actor, query: String(q) }), listRevocations(db, { actor, limit: 20 })]);
  return (
    <CredentialManager
      title="Credentials"
      intro="Find a credential by its id, the learner's email, or the course, and revoke it with a reason. Every revocation is audited."
      notice={notice}
      query={String(q)}
      found={found}
      revocations={revocations}
      noRevocations="No credential has been revoked."
      list={{ revokeAction: revokeCredentialAdminAction, showProvider: true }}
    />
  );
}
