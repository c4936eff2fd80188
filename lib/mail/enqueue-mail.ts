import { randomUUID } from "node:crypto";
import type { Db } from "@/db";
import { enqueueJob } from "@/lib/jobs/enqueue-job";
import type { Mail } from "./send-mail";
import { sealText } from "./seal-mail";

/**
 * Queues a rendered mail in the caller's transaction; the worker delivers it at least
 * once and, through its key, mails it once. `key` names what the mail is about when
 * that is unique (e.g. `application-decision:<id>`); without one each call is its own
 * mail. `secret: true` for mails carrying a sign-in or reset link.
 */
export async function enqueueMail(tx: Db, mail: Mail & { key?: string; secret?: boolean }): Promise<void> {
  const { key, secret = false, ...message } = mail;
  await enqueueJob(tx, "mail-send", {
    key: key ?? `mail:${randomUUID()}`,
    to: message.to,
    subject: message.subject,
    text: secret ? sealText(message.text) : message.text,
    sealed: secret,
  });
}
