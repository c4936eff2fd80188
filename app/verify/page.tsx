import type { Metadata } from "next";
import { VerifyForm } from "@/components/credentials/verify-form";
import { MAX_VERIFY_BYTES } from "@/lib/credentials/parse-verify-input";

export const metadata: Metadata = {
  title: "Verify a credential",
  description: "Check an Open Badges 3.0 credential: its signature, issuer, dates and revocation status.",
};

export default function VerifyPage() {
  return (
    <div className="mx-auto max-w-3xl space-y-6">
      <header className="space-y-2">
        <h1 className="text-3xl font-bold tracking-tight">Verify a credential</h1>
        <p className="text-slate-700">
          Upload a badge image or paste a credential. We check its Data Integrity signature (eddsa-rdfc-2022), that the key belongs to its issuer, its dates, and
          its issuer&apos;s revocation list — for our credentials and for anyone else&apos;s signed with a did:key or one of our issuers&apos; keys. Nothing is fetched from
          other sites.
        </p>
      </header>
      <VerifyForm maxBytes={MAX_VERIFY_BYTES} />
      <p className="text-sm text-slate-600">
        Programs can POST the same input to <code className="rounded bg-slate-100 px-1">/api/v1/verify</code>.
      </p>
    </div>
  );
}
