import { CourseGrid } from "./course-card";
import { ButtonLink } from "./ui/button";
import { EmptyState } from "./ui/empty-state";
import { Pagination } from "./ui/pagination";
import type { CourseList } from "@/lib/catalog/list-courses";

type Props = { list: CourseList; hrefFor: (page: number) => string; clearHref?: string };

export function CatalogResults({ list, hrefFor, clearHref }: Props) {
  if (list.total === 0) {
    return (
      <EmptyState
        title="No courses match"
        action={clearHref ? <ButtonLink href={clearHref} variant="secondary">Clear filters</ButtonLink> : undefined}
      >
        Try fewer filters or a broader skill — or browse the whole catalog.
      </EmptyState>
    );
  }
  const first = (list.page - 1) * list.pageSize + 1;
  const last = first + list.items.length - 1;
  return (
    <div className="space-y-6">
      <p className="text-sm text-slate-600" aria-live="polite">
        Showing {first}–{last} of {list.total.toLocaleString("en-US")} {list.total === 1 ? "course" : "courses"}
      </p>
      <CourseGrid courses={list.items} />
      <Pagination page={list.page} pageCount={list.pageCount} hrefFor={hrefFor} />
    </div>
  );
}

/** Builds a URL keeping the current filters and replacing the page. */
export function catalogHref(base: string, params: Record<string, string | number | undefined>) {
  const search = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) {
    if (v === undefined || v === "" || (k === "page" && v === 1)) continue;
    search.set(k, String(v));
  }
  const query = search.toString();
  return query ? `${base}?${query}` : base;
}
