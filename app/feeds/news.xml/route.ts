import { getDb } from "@/lib/db/client";
import { translator } from "@/lib/i18n/messages";
import { appUrl } from "@/lib/mail/links";
import { newsAtom } from "@/lib/news/feed";
import { latestNews } from "@/lib/news/queries";

export const dynamic = "force-dynamic";

/** GET /feeds/news.xml — the Atom feed of the latest 50 published news items (lib/news/feed.ts). */
export async function GET() {
  const t = translator("pl");
  const items = await latestNews(await getDb(), new Date(), 50);
  const xml = newsAtom(items, appUrl(), { title: t("news.list.title"), description: t("news.list.lead") });
  return new Response(xml, { headers: { "Content-Type": "application/atom+xml; charset=utf-8", "Cache-Control": "public, max-age=300" } });
}
