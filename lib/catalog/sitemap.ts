import { and, asc, count, eq } from "drizzle-orm";
import type { Db } from "@/db";
import { courses, providers, skills } from "@/db/schema";

export const SITEMAP_CHUNK = 10_000;

const escapeXml = (s: string) => s.replace(/[<>&'"]/g, (c) => ({ "<": "&lt;", ">": "&gt;", "&": "&amp;", "'": "&apos;", '"': "&quot;" })[c]!);

export async function countSitemapCourseFiles(db: Db): Promise<number> {
  const [row] = await db.select({ n: count() }).from(courses).where(eq(courses.status, "published"));
  return Math.max(1, Math.ceil((row?.n ?? 0) / SITEMAP_CHUNK));
}

export function sitemapIndexXml(appUrl: string, courseFiles: number): string {
  const files = ["static.xml", ...Array.from({ length: courseFiles }, (_, i) => `courses-${i + 1}.xml`)];
  return `<?xml version="1.0" encoding="UTF-8"?>\n<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${files
    .map((f) => `  <sitemap><loc>${escapeXml(`${appUrl}/sitemaps/${f}`)}</loc></sitemap>`)
    .join("\n")}\n</sitemapindex>\n`;
}

export function urlsetXml(entries: { loc: string; lastmod?: Date | null }[]): string {
  return `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${entries
    .map((e) => `  <url><loc>${escapeXml(e.loc)}</loc>${e.lastmod ? `<lastmod>${e.lastmod.toISOString()}</lastmod>` : ""}</url>`)
    .join("\n")}\n</urlset>\n`;
}

/** Home, catalog, skill and provider pages. */
export async function staticSitemapEntries(db: Db, appUrl: string) {
  const [skillRows, providerRows] = await Promise.all([
    db.select({ slug: skills.slug }).from(skills).orderBy(skills.slug),
    db.select({ slug: providers.slug, updatedAt: providers.updatedAt }).from(providers).where(eq(providers.status, "approved")).orderBy(providers.slug),
  ]);
  return [
    { loc: `${appUrl}/` },
    { loc: `${appUrl}/courses` },
    ...skillRows.map((s) => ({ loc: `${appUrl}/skills/${s.slug}` })),
    ...providerRows.map((p) => ({ loc: `${appUrl}/providers/${p.slug}`, lastmod: p.updatedAt })),
  ];
}

/** One chunk of course pages, in a stable order (by id) so chunks never overlap. */
export async function courseSitemapEntries(db: Db, appUrl: string, chunk: number) {
  const rows = await db
    .select({ slug: courses.slug, updatedAt: courses.updatedAt })
    .from(courses)
    .innerJoin(providers, eq(providers.id, courses.providerId))
    .where(and(eq(courses.status, "published"), eq(providers.status, "approved")))
    .orderBy(asc(courses.id))
    .limit(SITEMAP_CHUNK)
    .offset((chunk - 1) * SITEMAP_CHUNK);
  return rows.map((r) => ({ loc: `${appUrl}/courses/${r.slug}`, lastmod: r.updatedAt }));
}
