import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { Card } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { env } from "@/lib/config/env";
import { readOutbox } from "@/lib/mail/read-outbox";

export const metadata: Metadata = { title: "Dev mail outbox", robots: { index: false } };
export const dynamic = "force-dynamic";

// Development only: mails that would have been sent, newest first.
export default async function DevMailPage() {
  const config = env();
  if (config.NODE_ENV === "production" || config.SMTP_URL) notFound();
  const messages = await readOutbox(config.MAIL_OUTBOX_DIR);
  return (
    <div className="space-y-6">
      <h1 className="text-3xl font-bold tracking-tight">Mail outbox</h1>
      <p className="text-sm text-slate-600">Development only. Without SMTP_URL, mail is written to {config.MAIL_OUTBOX_DIR}.</p>
      {messages.length === 0 ? (
        <EmptyState title="No mail yet">Sign up or ask for a sign-in link, and the message appears here.</EmptyState>
      ) : (
        <ul className="space-y-4">
          {messages.map((m) => (
            <li key={m.id}>
              <Card className="p-5">
                <p className="text-xs text-slate-600">
                  {m.sentAt} · to {m.to}
                </p>
                <h2 className="mt-1 font-semibold">{m.subject}</h2>
                <pre className="mt-3 whitespace-pre-wrap break-words font-sans text-sm text-slate-700">{m.text}</pre>
              </Card>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
