import Link from "next/link";

export function SiteFooter() {
  return (
    <footer className="mt-16 border-t border-slate-200 bg-white">
      <div className="mx-auto flex max-w-6xl flex-col gap-4 px-4 py-8 text-sm text-slate-600 sm:flex-row sm:items-center sm:justify-between">
        <p>
          <span className="font-semibold text-slate-900">Microcred</span> — short courses, verifiable credentials. Open source.
        </p>
        <nav aria-label="Footer" className="flex gap-4">
          <Link href="/courses" className="hover:text-slate-900 hover:underline">
            Catalog
          </Link>
          <Link href="/api/health" className="hover:text-slate-900 hover:underline" prefetch={false}>
            Status
          </Link>
        </nav>
      </div>
    </footer>
  );
}
