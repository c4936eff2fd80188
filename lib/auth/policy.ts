import type { SessionUser } from "./load-session-user";

// Pure authorization rules, shared by page guards and domain functions.
export class ForbiddenError extends Error {
  constructor(message = "You do not have access to this") {
    super(message);
    this.name = "ForbiddenError";
  }
}

export function isAdmin(user: SessionUser | null): boolean {
  return Boolean(user?.isAdmin);
}

export function isProviderMember(user: SessionUser | null, providerId?: string): boolean {
  if (!user) return false;
  return providerId ? user.memberships.some((m) => m.providerId === providerId) : user.memberships.length > 0;
}

export function assertAdmin(user: SessionUser | null): asserts user is SessionUser {
  if (!isAdmin(user)) throw new ForbiddenError("Only admins can do this");
}

/** Members of the provider, and admins (who can act on anything), may manage it. */
export function assertCanManageProvider(user: SessionUser | null, providerId: string): asserts user is SessionUser {
  if (!isAdmin(user) && !isProviderMember(user, providerId)) throw new ForbiddenError("You are not a member of this provider");
}
