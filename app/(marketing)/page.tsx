import Link from "next/link";
import { CourseGrid } from "@/components/course-card";
import { ButtonLink } from "@/components/ui/button";
import { getDb } from "@/db";
import { listPublicProviders } from "@/lib/catalog/get-provider";
import { searchCatalog } from "@/lib/catalog/cached-search";
import { parseCatalogQuery } from "@/lib/catalog/catalog-params";
import { formatCount } from "@/lib/catalog/format";
import { listSkillsWithCounts } from "@/lib/catalog/list-skills";

export const dynamic = "force-dynamic";

export default async function HomePage() {
  const db = await getDb();
  const [featured, skills, providers] = await Promise.all([
    searchCatalog({ ...parseCatalogQuery({}), pageSize: 6 }),
    listSkillsWithCounts(db),
    listPublicProviders(db),
  ]);

  return (
    <div className="space-y-16">
      <section className="rounded-2xl bg-brand-900 px-6 py-12 text-white sm:px-12 sm:py-16">
        <h1 className="max-w-2xl text-3xl font-bold tracking-tight sm:text-5xl">Learn one skill. Prove it anywhere.</h1>
        <p className="mt-4 max-w-2xl text-lg text-brand-100">
          Short, focused courses from {providers.length} expert providers. Finish one and get an Open Badges 3.0
          credential that any employer, wallet or LinkedIn profile can verify — without asking us.
        </p>
        <div className="mt-8 flex flex-wrap gap-3">
          <ButtonLink href="/courses" size="lg" variant="inverse">
            Browse {formatCount(featured.total, featured.totalCapped)} courses
          </ButtonLink>
          <ButtonLink href="#skills-heading" variant="inverseGhost" size="lg">
            Browse by skill
          </ButtonLink>
        </div>
      </section>

      <section aria-labelledby="featured-heading">
        <div className="mb-4 flex items-end justify-between gap-4">
          <h2 id="featured-heading" className="text-2xl font-bold">
            Featured courses
          </h2>
          <Link href="/courses" className="text-sm font-medium text-brand-700 hover:underline">
            See all courses
          </Link>
        </div>
        <CourseGrid courses={featured.items} />
      </section>

      <section aria-labelledby="skills-heading">
        <h2 id="skills-heading" className="mb-4 text-2xl font-bold">
          Browse by skill
        </h2>
        <ul className="grid gap-3 sm:grid-cols-2 lg:grid-cols-4">
          {skills.map((s) => (
            <li key={s.slug}>
              <Link
                href={`/skills/${s.slug}`}
                className="flex items-center justify-between rounded-lg border border-slate-200 bg-white px-4 py-3 text-sm font-medium hover:border-brand-600 hover:text-brand-700"
              >
                <span>{s.name}</span>
                <span className="text-xs text-slate-600">
                  {s.courseCount} {s.courseCount === 1 ? "course" : "courses"}
                </span>
              </Link>
            </li>
          ))}
        </ul>
      </section>

      <section aria-labelledby="how-heading" className="grid gap-6 md:grid-cols-3">
        <h2 id="how-heading" className="sr-only">
          How Microcred works
        </h2>
        {[
          ["Pick a skill", "Every course teaches one skill employers ask for, in hours rather than months."],
          ["Learn and pass", "Lessons, quizzes and a clear finish line. Preview lessons are free to read."],
          ["Show the proof", "A signed Open Badges 3.0 credential, verifiable by anyone, forever."],
        ].map(([title, text]) => (
          <div key={title} className="rounded-xl border border-slate-200 bg-white p-6">
            <h3 className="font-semibold">{title}</h3>
            <p className="mt-2 text-sm text-slate-600">{text}</p>
          </div>
        ))}
      </section>

      <section aria-labelledby="providers-heading">
        <h2 id="providers-heading" className="mb-4 text-2xl font-bold">
          Our providers
        </h2>
        <ul className="flex flex-wrap gap-2">
          {providers.map((p) => (
            <li key={p.slug}>
              <Link
                href={`/providers/${p.slug}`}
                className="inline-block rounded-full border border-slate-200 bg-white px-4 py-2 text-sm hover:border-brand-600 hover:text-brand-700"
              >
                {p.name}
              </Link>
            </li>
          ))}
        </ul>
      </section>
    </div>
  );
}
