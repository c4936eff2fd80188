import type { Db } from "@/db";
import type { ParsedJobPayload } from "@/lib/jobs/job-kinds";
import { deliverMail } from "./deliver-mail";
import { openSealedText } from "./seal-mail";

/** The `mail-send` job: a mail rendered when it was queued. */
export async function deliverQueuedMail(db: Db, payload: ParsedJobPayload<"mail-send">) {
  const text = payload.sealed ? openSealedText(payload.text) : payload.text;
  return deliverMail(db, { key: payload.key, to: payload.to, subject: payload.subject, text });
}
