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
  files.sort().reverse();
  const messages = await Promise.all(
    files.slice(0, limit).map(async (f) => JSON.parse(await readFile(path.join(dir, f), "utf8")) as OutboxMessage),
  );
  return messages;
}
