import { cache } from "react";
import { auth } from "@/auth";
import { getDb } from "@/db";
import { loadSessionUser, type SessionUser } from "./load-session-user";

/** The signed-in user as the database sees them right now, or null. */
export const getCurrentUser = cache(async (): Promise<SessionUser | null> => {
  const session = await auth();
  const id = session?.user?.id;
  if (!id) return null;
  return loadSessionUser(await getDb(), { userId: id, sessionVersion: session.sessionVersion });
});
