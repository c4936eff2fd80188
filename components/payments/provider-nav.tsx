import Link from "next/link";
import { cn } from "@/components/ui/cn";

export type StudioSection = "courses" | "learners" | "orders" | "payouts" | "profile" | "credentials";

// Tabs of one provider's studio pages.
export function ProviderNav({ slug, name, current }: { slug: string; name: string; current: StudioSection }) {
  const tabs: { key: StudioSection; href: string; label: string }[] = [
    { key: "courses", href: `/provider/${slug}/courses`, label: "Courses" },
    { key: "learners", href: `/provider/${slug}/learners`, label: "Learners & revenue" },
    { key: "orders", href: `/provider/${slug}/orders`, label: "Orders & refunds" },
    { key: "payouts", href: `/provider/${slug}/payouts`, label: "Payouts" },
    { key: "credentials", href: `/provider/${slug}/credentials`, label: "Credentials" },
    { key: "profile", href: `/provider/${slug}/profile`, label: "Profile & team" },
  ];
  return (
    <header className="space-y-3">
      <p className="text-sm text-slate-600">
        <Link href="/provider" className="hover:underline">
          Provider studio
        </Link>{" "}
        · {name}
      </p>
      <nav aria-label="Studio sections">
        <ul className="flex flex-wrap gap-2 border-b border-slate-200">
          {tabs.map((t) => (
            <li key={t.key}>
              <Link
                href={t.href}
                aria-current={t.key === current ? "page" : undefined}
                className={cn(
                  "inline-block border-b-2 px-3 py-2 text-sm font-medium",
                  t.key === current ? "border-brand-700 text-brand-800" : "border-transparent text-slate-700 hover:text-slate-900",
                )}
              >
                {t.label}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
    </header>
  );
}
