import Link from "next/link";
import { catalogHref, DURATIONS, type CatalogQuery } from "@/lib/catalog/catalog-params";
import type { Facets } from "@/lib/catalog/course-facets";
import { formatLanguage, levelLabel } from "@/lib/catalog/format";

type Chip = { label: string; href: string };

// Each active filter as a removable chip: its link is the same URL without it.
export function ActiveFilters({ query, facets, basePath, locked = [] }: { query: CatalogQuery; facets: Facets; basePath: string; locked?: string[] }) {
  const without = (patch: Partial<CatalogQuery>) => catalogHref(basePath, { ...query, ...patch, page: 1 });
  const label = (facet: keyof Facets, value: string) => facets[facet].find((v) => v.value === value)?.label ?? value;
  const chips: Chip[] = [];
  if (query.q) chips.push({ label: `“${query.q}”`, href: without({ q: undefined }) });
  for (const s of query.skill) if (!locked.includes("skill")) chips.push({ label: label("skill", s), href: without({ skill: query.skill.filter((x) => x !== s) }) });
  for (const l of query.level) chips.push({ label: levelLabel[l], href: without({ level: query.level.filter((x) => x !== l) }) });
  for (const l of query.language) chips.push({ label: formatLanguage(l), href: without({ language: query.language.filter((x) => x !== l) }) });
  for (const p of query.provider) if (!locked.includes("provider")) chips.push({ label: label("provider", p), href: without({ provider: query.provider.filter((x) => x !== p) }) });
  for (const d of query.duration) chips.push({ label: DURATIONS[d].label, href: without({ duration: query.duration.filter((x) => x !== d) }) });
  if (query.price) chips.push({ label: query.price === "free" ? "Free" : "Paid", href: without({ price: undefined }) });
  if (query.price_min !== undefined) chips.push({ label: `From ${query.price_min}`, href: without({ price_min: undefined }) });
  if (query.price_max !== undefined) chips.push({ label: `Up to ${query.price_max}`, href: without({ price_max: undefined }) });
  if (chips.length === 0) return null;
  return (
    <ul aria-label="Active filters" className="flex flex-wrap gap-2">
      {chips.map((c) => (
        <li key={c.href + c.label}>
          <Link href={c.href} className="inline-flex items-center gap-1 rounded-full border border-brand-600 bg-brand-50 px-3 py-1 text-xs font-medium text-brand-800 hover:bg-brand-100">
            {c.label}
            <span aria-hidden>✕</span>
            <span className="sr-only">(remove filter)</span>
          </Link>
        </li>
      ))}
    </ul>
  );
}
