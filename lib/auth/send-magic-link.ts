import type { Db } from "@/db";
import { enqueueMail } from "@/lib/mail/enqueue-mail";
import { magicLinkMail } from "@/lib/mail/templates";

// Auth.js has already stored the (hashed) token; the link itself waits sealed in the queue.
export async function sendMagicLink(db: Db, input: { email: string; url: string }): Promise<void> {
  await enqueueMail(db, { to: input.email, ...magicLinkMail(input.url), secret: true });
}
