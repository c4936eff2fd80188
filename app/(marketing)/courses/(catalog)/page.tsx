import type { Metadata } from "next";
import { catalogHref, CatalogResults } from "@/components/catalog-results";
import { Button } from "@/components/ui/button";
import { Input, Select } from "@/components/ui/input";
import { getDb } from "@/db";
import { CATALOG_PAGE_SIZE, parseCatalogQuery } from "@/lib/catalog/catalog-params";
import { listCourses } from "@/lib/catalog/list-courses";
import { listSkillsWithCounts } from "@/lib/catalog/list-skills";

export const dynamic = "force-dynamic";

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata({ searchParams }: Props): Promise<Metadata> {
  const query = parseCatalogQuery(await searchParams);
  return {
    title: query.q ? `Courses matching “${query.q}”` : "Course catalog",
    alternates: { canonical: catalogHref("/courses", { skill: query.skill, page: query.page }) },
  };
}

export default async function CatalogPage({ searchParams }: Props) {
  const query = parseCatalogQuery(await searchParams);
  const db = await getDb();
  const [list, skills] = await Promise.all([
    listCourses(db, { page: query.page, pageSize: CATALOG_PAGE_SIZE, skillSlug: query.skill, q: query.q }),
    listSkillsWithCounts(db),
  ]);
  const activeSkill = skills.find((s) => s.slug === query.skill);
  const filtered = Boolean(query.q || query.skill);

  return (
    <div className="space-y-6">
      <header>
        <h1 className="text-3xl font-bold tracking-tight">
          {activeSkill ? `${activeSkill.name} courses` : query.q ? `Courses matching “${query.q}”` : "Course catalog"}
        </h1>
        <p className="mt-1 text-slate-600">Newest first. Every course ends in a verifiable credential.</p>
      </header>

      <form action="/courses" className="flex flex-col gap-3 rounded-xl border border-slate-200 bg-white p-4 sm:flex-row sm:items-end">
        <div className="flex-1 space-y-1">
          <label htmlFor="catalog-q" className="block text-sm font-medium">
            Keywords
          </label>
          <Input id="catalog-q" name="q" type="search" defaultValue={query.q ?? ""} placeholder="e.g. SQL, threat modelling" />
        </div>
        <div className="space-y-1 sm:w-64">
          <label htmlFor="catalog-skill" className="block text-sm font-medium">
            Skill
          </label>
          <Select id="catalog-skill" name="skill" defaultValue={query.skill ?? ""}>
            <option value="">All skills</option>
            {skills.map((s) => (
              <option key={s.slug} value={s.slug}>
                {s.name} ({s.courseCount})
              </option>
            ))}
          </Select>
        </div>
        <Button type="submit">Apply</Button>
      </form>

      <CatalogResults
        list={list}
        hrefFor={(page) => catalogHref("/courses", { q: query.q, skill: query.skill, page })}
        clearHref={filtered ? "/courses" : undefined}
      />
    </div>
  );
}
