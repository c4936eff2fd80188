import { sendMail } from "@/lib/mail/send-mail";
import { magicLinkMail } from "@/lib/mail/templates";

export async function sendMagicLink(input: { email: string; url: string }): Promise<void> {
  await sendMail({ to: input.email, ...magicLinkMail(input.url) });
}
