import type { MetadataRoute } from "next";
import { routing } from "@/lib/i18n/routing";
import { appUrl } from "@/lib/mail/links";

/** Pages for people signed in, or one-time links: nothing a search engine should follow. */
const privatePaths = [
  "/admin",
  "/account",
  "/commission",
  "/offers",
  "/login",
  "/register",
  "/password-reset",
  "/verify-email",
  "/unsubscribe",
];

/** Public pages are open to crawlers; the open-data API (/api/v1/) too, the rest of /api/ not. The sitemap from APP_URL. */
export function robotsFile(): MetadataRoute.Robots {
  const prefixes = ["", ...routing.locales.filter((locale) => locale !== routing.defaultLocale).map((locale) => `/${locale}`)];
  return {
    rules: {
      userAgent: "*",
      allow: ["/", "/api/v1/"],
      disallow: ["/api/", ...prefixes.flatMap((prefix) => privatePaths.map((path) => `${prefix}${path}`))],
    },
    sitemap: `${appUrl()}/sitemap.xml`,
  };
}
