import { forbidden, redirect } from "next/navigation";
import { getCurrentUser } from "./current-user";
import type { SessionUser } from "./load-session-user";
import { isAdmin, isProviderMember } from "./policy";

// Page and action guards. Anonymous → sign in and come back; signed in without
// the role → 403. Every protected page and server action calls one of these.
export async function requireUser(returnTo: string): Promise<SessionUser> {
  const user = await getCurrentUser();
  if (!user) redirect(`/signin?callbackUrl=${encodeURIComponent(returnTo)}`);
  return user;
}

export async function requireAdmin(returnTo: string): Promise<SessionUser> {
  const user = await requireUser(returnTo);
  if (!isAdmin(user)) forbidden();
  return user;
}

export async function requireProviderMember(returnTo: string, providerId?: string): Promise<SessionUser> {
  const user = await requireUser(returnTo);
  // The studio home needs a membership; a given provider's pages also admit admins.
  const allowed = providerId ? isProviderMember(user, providerId) || isAdmin(user) : isProviderMember(user);
  if (!allowed) forbidden();
  return user;
}
