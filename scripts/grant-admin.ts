// npm run user:grant-admin -- someone@example.com
import { openDb } from "@/db/client";
import { dbTargetFromEnv } from "@/db";
import { grantAdmin } from "@/lib/auth/grant-admin";

async function main() {
  const email = process.argv[2];
  if (!email) throw new Error("Usage: npm run user:grant-admin -- someone@example.com");
  const handle = await openDb(dbTargetFromEnv());
  try {
    const { status } = await grantAdmin(handle.db, { email });
    const messages = { granted: `${email} is now an admin.`, already_admin: `${email} was already an admin.`, no_such_user: `No account with the email ${email}.` };
    console.info(messages[status]);
    if (status === "no_such_user") process.exitCode = 1;
  } finally {
    await handle.close();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
