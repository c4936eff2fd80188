import { readdir, readFile } from "node:fs/promises";
import path from "node:path";

const OUTBOX = path.resolve(process.env.MAIL_OUTBOX_DIR ?? ".data/e2e-outbox");

type Message = { to: string; subject: string; text: string; sentAt: string };

/** Waits for the newest mail to `to` whose subject matches, and returns it. */
export async function waitForMail(to: string, subject: RegExp, timeoutMs = 10_000): Promise<Message> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const files = await readdir(OUTBOX).catch(() => [] as string[]);
    const messages = await Promise.all(
      files.filter((f) => f.endsWith(".json")).map(async (f) => JSON.parse(await readFile(path.join(OUTBOX, f), "utf8")) as Message),
    );
    const match = messages.filter((m) => m.to === to && subject.test(m.subject)).sort((a, b) => b.sentAt.localeCompare(a.sentAt))[0];
    if (match) return match;
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`No mail to ${to} matching ${subject} within ${timeoutMs} ms`);
}

export function firstLink(text: string): string {
  const url = /https?:\/\/\S+/.exec(text)?.[0];
  if (!url) throw new Error(`No link in mail:\n${text}`);
  return url;
}
