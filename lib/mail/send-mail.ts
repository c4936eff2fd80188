import { randomBytes } from "node:crypto";
import { mkdir, rename, writeFile } from "node:fs/promises";
import path from "node:path";
import { createTransport, type Transporter } from "nodemailer";
import { env } from "@/lib/config/env";

export type Mail = { to: string; subject: string; text: string; html?: string };
export type OutboxMessage = Mail & { id: string; from: string; sentAt: string };

let transport: Transporter | undefined;

// One way out for every message: SMTP when SMTP_URL is set, otherwise the local
// outbox (JSON files that /dev/mail, the server log and tests read).
export async function sendMail(mail: Mail): Promise<void> {
  const config = env();
  if (config.SMTP_URL) {
    transport ??= createTransport(config.SMTP_URL);
    await transport.sendMail({ from: config.MAIL_FROM, ...mail });
    return;
  }
  const sentAt = new Date().toISOString();
  const id = `${sentAt.replace(/[:.]/g, "-")}-${randomBytes(4).toString("hex")}`;
  const message: OutboxMessage = { id, from: config.MAIL_FROM, sentAt, ...mail };
  await mkdir(config.MAIL_OUTBOX_DIR, { recursive: true });
  // Written under a temporary name and renamed, so a reader of the outbox never sees half a mail.
  const file = path.join(config.MAIL_OUTBOX_DIR, `${id}.json`);
  await writeFile(`${file}.tmp`, JSON.stringify(message, null, 2));
  await rename(`${file}.tmp`, file);
  console.info(`[mail] to=${mail.to} subject="${mail.subject}"\n${mail.text}\n`);
}
