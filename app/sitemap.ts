import { connection } from "next/server";
import { sitemapEntries } from "@/lib/crawl/sitemap";
import { getDb } from "@/lib/db/client";

/** /sitemap.xml — read per request (the records change; APP_URL is a setting of the running server). */
export default async function sitemap() {
  await connection();
  return sitemapEntries(await getDb());
}
