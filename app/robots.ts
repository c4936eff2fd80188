import type { MetadataRoute } from "next";
import { env } from "@/lib/config/env";

export const dynamic = "force-dynamic";

export default function robots(): MetadataRoute.Robots {
  const appUrl = env().APP_URL;
  return {
    rules: [{ userAgent: "*", allow: "/", disallow: ["/account", "/admin", "/provider", "/api/", "/dev/", "/signin", "/signup", "/reset-password"] }],
    sitemap: `${appUrl}/sitemap.xml`,
  };
}
