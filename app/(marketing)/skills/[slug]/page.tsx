import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { cache } from "react";
import { CatalogBrowser } from "@/components/catalog/catalog-browser";
import { Badge } from "@/components/ui/badge";
import { getDb } from "@/db";
import { parseCatalogQuery } from "@/lib/catalog/catalog-params";
import { getSkill } from "@/lib/catalog/list-skills";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ slug: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

const loadSkill = cache(async (slug: string) => getSkill(await getDb(), slug));

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const skill = await loadSkill((await params).slug);
  if (!skill) return { title: "Skill not found" };
  return { title: `${skill.name} courses`, description: skill.description, alternates: { canonical: `/skills/${skill.slug}` } };
}

export default async function SkillPage({ params, searchParams }: Props) {
  const skill = await loadSkill((await params).slug);
  if (!skill) notFound();
  const query = parseCatalogQuery(await searchParams);

  return (
    <div className="space-y-6">
      <header className="space-y-2">
        <p className="text-sm font-medium text-brand-700">Skill</p>
        <h1 className="text-3xl font-bold tracking-tight">{skill.name}</h1>
        <p className="max-w-2xl text-slate-700">{skill.description}</p>
        {skill.framework && skill.code ? (
          <Badge>
            {skill.framework} {skill.code}
          </Badge>
        ) : null}
      </header>
      <CatalogBrowser basePath={`/skills/${skill.slug}`} query={query} fixed={{ skill: skill.slug }} />
    </div>
  );
}
