import type { Metadata } from "next";
import { CredentialManager } from "@/components/credentials/credential-manager";
import { findCredentials, listRevocations } from "@/lib/credentials/manage-credentials";
import { loadStudioProvider } from "../load-provider";
import { revokeCredentialProviderAction } from "./actions";

export const metadata: Metadata = { title: "Issued credentials" };
export const dynamic = "force-dynamic";

type Props = { params: Promise<{ providerSlug: string }>; searchParams: Promise<{ q?: string; notice?: string }> };

export default async function ProviderCredentialsPage({ params, searchParams }: Props) {
  const { db, provider, user } = await loadStudioProvider((await params).providerSlug, "credentials");
  const { q = "", notice } = await searchParams;
  const [found, revocations] = await Promise.all([
    findCredentials(db, { actor: user, providerId: provider.id, query: String(q) }),
    listRevocations(db, { actor: user, providerId: provider.id, limit: 20 }),
  ]);
  return (
    <CredentialManager
      title="Issued credentials"
      intro={`Credentials ${provider.name} issued. Revoke one that should not stand, with a reason: the verification page shows it.`}
      notice={notice}
      query={String(q)}
      found={found}
      revocations={revocations}
      noRevocations="None of your credentials has been revoked."
      list={{ revokeAction: revokeCredentialProviderAction, hiddenFields: { providerSlug: provider.slug } }}
    />
  );
}
