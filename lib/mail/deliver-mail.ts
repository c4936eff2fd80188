import { eq } from "drizzle-orm";
import type { Db } from "@/db";
import { mailDeliveries } from "@/db/schema";
import { mailIdFor, sendMail, type Mail } from "./send-mail";

export type KeyedMail = Mail & { key: string };

/**
 * Sends the mail about `key` at most once per completed delivery: a job that runs
 * again after a crash finds the row and stops. The row is written only after the
 * transport accepted the mail, so nothing is ever marked sent without being sent; a
 * crash between the two resends with the same Message-ID (and the same outbox file).
 */
export async function deliverMail(db: Db, mail: KeyedMail): Promise<"sent" | "already_sent"> {
  const { key, ...message } = mail;
  const [done] = await db.select({ key: mailDeliveries.key }).from(mailDeliveries).where(eq(mailDeliveries.key, key));
  if (done) return "already_sent";
  await sendMail(message, { id: mailIdFor(key) });
  await db.insert(mailDeliveries).values({ key, recipient: message.to, subject: message.subject }).onConflictDoNothing();
  return "sent";
}
