import { getDb } from "@/db";
import { countSitemapCourseFiles, sitemapIndexXml } from "@/lib/catalog/sitemap";
import { env } from "@/lib/config/env";

export const dynamic = "force-dynamic";

// A sitemap index: one file of fixed pages plus course files of 10,000 URLs each.
export async function GET() {
  const xml = sitemapIndexXml(env().APP_URL, await countSitemapCourseFiles(await getDb()));
  return new Response(xml, { headers: { "Content-Type": "application/xml; charset=utf-8", "Cache-Control": "public, max-age=3600" } });
}
