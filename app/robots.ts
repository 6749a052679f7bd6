import { connection } from "next/server";
import { robotsFile } from "@/lib/crawl/robots";

/** /robots.txt — per request, since its sitemap address comes from the running server's APP_URL. */
export default async function robots() {
  await connection();
  return robotsFile();
}
