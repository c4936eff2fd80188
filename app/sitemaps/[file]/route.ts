import { getDb } from "@/db";
import { courseSitemapEntries, staticSitemapEntries, urlsetXml } from "@/lib/catalog/sitemap";
import { env } from "@/lib/config/env";

export const dynamic = "force-dynamic";

export async function GET(_request: Request, { params }: { params: Promise<{ file: string }> }) {
  const { file } = await params;
  const db = await getDb();
  const appUrl = env().APP_URL;
  const chunk = /^courses-([1-9]\d{0,4})\.xml$/.exec(file)?.[1];
  const entries = file === "static.xml" ? await staticSitemapEntries(db, appUrl) : chunk ? await courseSitemapEntries(db, appUrl, Number(chunk)) : null;
  if (!entries || entries.length === 0) return new Response("Not found", { status: 404 });
  return new Response(urlsetXml(entries), { headers: { "Content-Type": "application/xml; charset=utf-8", "Cache-Control": "public, max-age=3600" } });
}
