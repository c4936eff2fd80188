import Link from "next/link";
import { signOutAction } from "@/app/(auth)/actions";
import type { SessionUser } from "@/lib/auth/load-session-user";
import { buttonClasses } from "./ui/button";

// <details> gives a keyboard- and screen-reader-friendly disclosure without JS.
export function UserMenu({ user }: { user: SessionUser }) {
  const label = user.name || user.email;
  const item = "block rounded-md px-3 py-2 text-sm text-slate-800 hover:bg-slate-100";
  return (
    <details className="group relative">
      <summary className={buttonClasses("ghost", "sm", "cursor-pointer list-none")} aria-label={`Account menu for ${label}`}>
        <span aria-hidden className="grid size-7 place-items-center rounded-full bg-brand-100 text-xs font-bold text-brand-800">
          {label.slice(0, 1).toUpperCase()}
        </span>
        <span className="hidden max-w-40 truncate sm:inline">{label}</span>
      </summary>
      <div className="absolute right-0 z-40 mt-2 w-56 rounded-xl border border-slate-200 bg-white p-2 shadow-lg">
        <p className="truncate px-3 py-1 text-xs text-slate-600">{user.email}</p>
        <nav aria-label="Account">
          <Link href="/account" className={item}>
            Your account
          </Link>
          {user.memberships.length > 0 ? (
            <Link href="/provider" className={item}>
              Provider studio
            </Link>
          ) : null}
          {user.isAdmin ? (
            <Link href="/admin" className={item}>
              Admin console
            </Link>
          ) : null}
        </nav>
        <form action={signOutAction} className="mt-1 border-t border-slate-100 pt-1">
          <button type="submit" className={`${item} w-full text-left`}>
            Sign out
          </button>
        </form>
      </div>
    </details>
  );
}
