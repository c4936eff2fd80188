"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";
import { useEffect, useState } from "react";
import { signOutAction } from "@/app/(auth)/actions";
import { buttonClasses } from "./ui/button";

type Me = { name: string | null; email: string; isAdmin: boolean; isProvider: boolean };

// The header's account area. It asks /api/me in the browser instead of reading the
// session during the render, so public pages can be cached for everyone. Re-checked
// on navigation so signing in or out shows at once.
export function UserMenu() {
  const pathname = usePathname();
  const [me, setMe] = useState<Me | null | undefined>(undefined);

  useEffect(() => {
    let live = true;
    fetch("/api/me", { cache: "no-store" })
      .then((r) => (r.ok ? (r.json() as Promise<{ user: Me | null }>) : { user: null }))
      .then((data) => live && setMe(data.user))
      .catch(() => live && setMe(null));
    return () => {
      live = false;
    };
  }, [pathname]);

  if (me === undefined) return <span aria-hidden className="h-8 w-36" />;
  if (me === null) {
    return (
      <>
        <Link href="/signin" className={buttonClasses("ghost", "sm")}>
          Sign in
        </Link>
        <Link href="/signup" className={buttonClasses("primary", "sm")}>
          Sign up
        </Link>
      </>
    );
  }

  const label = me.name || me.email;
  const item = "block rounded-md px-3 py-2 text-sm text-slate-800 hover:bg-slate-100";
  return (
    // <details> gives a keyboard- and screen-reader-friendly disclosure.
    <details className="group relative">
      <summary className={buttonClasses("ghost", "sm", "cursor-pointer list-none")}>
        <span aria-hidden className="grid size-7 place-items-center rounded-full bg-brand-100 text-xs font-bold text-brand-800">
          {label.slice(0, 1).toUpperCase()}
        </span>
        {/* The accessible name contains the visible text (WCAG 2.5.3): "Account menu for <name>". */}
        <span className="sr-only">Account menu for </span>
        <span className="sr-only max-w-40 truncate sm:not-sr-only sm:inline">{label}</span>
      </summary>
      <div className="absolute right-0 z-40 mt-2 w-56 rounded-xl border border-slate-200 bg-white p-2 shadow-lg">
        <p className="truncate px-3 py-1 text-xs text-slate-600">{me.email}</p>
        <nav aria-label="Account">
          <Link href="/learning" className={item}>
            My learning
          </Link>
          <Link href="/account" className={item}>
            Your account
          </Link>
          <Link href="/orders" className={item}>
            Orders &amp; receipts
          </Link>
          {me.isProvider ? (
            <Link href="/provider" className={item}>
              Provider studio
            </Link>
          ) : null}
          {me.isAdmin ? (
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
