import { createHash, randomBytes } from "node:crypto";
import { mkdir, rename, writeFile } from "node:fs/promises";
import path from "node:path";
import { createTransport, type Transporter } from "nodemailer";
import { env } from "@/lib/config/env";

export type Mail = { to: string; subject: string; text: string; html?: string };
export type OutboxMessage = Mail & { id: string; from: string; sentAt: string };

let transport: Transporter | undefined;

/** A stable id for the mail about `key`: the same key always gets the same id. */
export function mailIdFor(key: string): string {
  return createHash("sha256").update(key).digest("hex").slice(0, 32);
}

// One way out for every message: SMTP when SMTP_URL is set, otherwise the local
// outbox (JSON files that /dev/mail, the server log and tests read). With an `id`,
// sending again is harmless: the outbox file is replaced and SMTP receivers see the
// same Message-ID.
export async function sendMail(mail: Mail, options: { id?: string } = {}): Promise<void> {
  const config = env();
  const id = options.id ?? `${new Date().toISOString().replace(/[:.]/g, "-")}-${randomBytes(4).toString("hex")}`;
  if (config.SMTP_URL) {
    // Bounded waits: a job's handler must give up well before the queue fails the job by timeout.
    transport ??= createTransport({ url: config.SMTP_URL, connectionTimeout: 10_000, greetingTimeout: 10_000, socketTimeout: 15_000 });
    await transport.sendMail({ from: config.MAIL_FROM, messageId: `<${id}@microcred.mail>`, ...mail });
    return;
  }
  const message: OutboxMessage = { id, from: config.MAIL_FROM, sentAt: new Date().toISOString(), ...mail };
  await mkdir(config.MAIL_OUTBOX_DIR, { recursive: true });
  // Written under a temporary name and renamed, so a reader of the outbox never sees half a mail.
  const file = path.join(config.MAIL_OUTBOX_DIR, `${id}.json`);
  const temporary = `${file}.${randomBytes(4).toString("hex")}.tmp`;
  await writeFile(temporary, JSON.stringify(message, null, 2));
  await rename(temporary, file);
  console.info(`[mail] to=${mail.to} subject="${mail.subject}"\n${mail.text}\n`);
}
