/** What an admin action's domain function answers: done, or a reason to show the admin. */
export type AdminResult<T = object> = ({ ok: true } & T) | { ok: false; reason: "not_found" | "conflict" | "invalid"; message: string };

export const notFound = (what: string) => ({ ok: false, reason: "not_found", message: `${what} not found.` }) as const;
export const conflict = (message: string) => ({ ok: false, reason: "conflict", message }) as const;
