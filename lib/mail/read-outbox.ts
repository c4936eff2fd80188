import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import type { OutboxMessage } from "./send-mail";

/** Newest first. Only the local outbox; never used when SMTP is configured. */
export async function readOutbox(dir: string, limit = 50): Promise<OutboxMessage[]> {
  let files: string[];
  try {
    files = (await readdir(dir)).filter((f) => f.endsWith(".json"));
  } catch {
    return [];
  }
  const messages = await Promise.all(
    files.map(async (f) => JSON.parse(await readFile(path.join(dir, f), "utf8")) as OutboxMessage),
  );
  // Keyed mails are named by their key, not their time, so order by the time sent.
  return messages.sort((a, b) => b.sentAt.localeCompare(a.sentAt)).slice(0, limit);
}
