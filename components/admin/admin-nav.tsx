"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";
import { cn } from "@/components/ui/cn";

const sections = [
  { href: "/admin", label: "Overview" },
  { href: "/admin/applications", label: "Applications" },
  { href: "/admin/courses", label: "Courses in review" },
  { href: "/admin/reviews", label: "Reported reviews" },
  { href: "/admin/users", label: "Users" },
  { href: "/admin/providers", label: "Providers" },
  { href: "/admin/orders", label: "Orders" },
  { href: "/admin/refunds", label: "Refunds" },
  { href: "/admin/credentials", label: "Credentials" },
  { href: "/admin/settings", label: "Settings" },
  { href: "/admin/audit", label: "Audit log" },
  { href: "/admin/jobs", label: "Jobs" },
];

// The console's sections; the current one (or the one a detail page belongs to) is marked.
export function AdminNav() {
  const pathname = usePathname();
  const current = (href: string) => (href === "/admin" ? pathname === "/admin" : pathname === href || pathname.startsWith(`${href}/`));
  return (
    <nav aria-label="Admin console">
      <ul className="flex flex-wrap gap-x-1 gap-y-1 border-b border-slate-200 pb-2">
        {sections.map((s) => (
          <li key={s.href}>
            <Link
              href={s.href}
              aria-current={current(s.href) ? "page" : undefined}
              className={cn(
                "inline-block rounded-md px-3 py-1.5 text-sm font-medium",
                current(s.href) ? "bg-brand-50 text-brand-800" : "text-slate-700 hover:bg-slate-100 hover:text-slate-900",
              )}
            >
              {s.label}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
