import Link from "next/link";
import { getCurrentUser } from "@/lib/auth/current-user";
import { buttonClasses } from "./ui/button";
import { SearchBox } from "./search-box";
import { UserMenu } from "./user-menu";

export async function SiteHeader() {
  const user = await getCurrentUser();
  return (
    <header className="border-b border-slate-200 bg-white">
      <div className="mx-auto flex max-w-6xl flex-wrap items-center gap-x-6 gap-y-3 px-4 py-3">
        <Link href="/" className="flex items-center gap-2 text-lg font-bold text-slate-900">
          <span aria-hidden className="grid size-8 place-items-center rounded-lg bg-brand-700 text-sm text-white">
            M
          </span>
          Microcred
        </Link>
        <nav aria-label="Main" className="flex items-center gap-1">
          <Link href="/courses" className={buttonClasses("ghost", "sm")}>
            Courses
          </Link>
        </nav>
        <SearchBox />
        <div className="ml-auto flex items-center gap-2 sm:ml-0">
          {user ? (
            <UserMenu user={user} />
          ) : (
            <>
              <Link href="/signin" className={buttonClasses("ghost", "sm")}>
                Sign in
              </Link>
              <Link href="/signup" className={buttonClasses("primary", "sm")}>
                Sign up
              </Link>
            </>
          )}
        </div>
      </div>
    </header>
  );
}
