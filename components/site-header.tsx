import Link from "next/link";
import { buttonClasses } from "./ui/button";
import { SearchBox } from "./search-box";
import { UserMenu } from "./user-menu";

export function SiteHeader() {
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
          <UserMenu />
        </div>
      </div>
    </header>
  );
}
