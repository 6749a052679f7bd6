import { atomResponse } from "@/lib/feeds/atom";
import { PUBLISHER } from "@/lib/feeds/content";
import { route } from "@/lib/http/route";
import { translator } from "@/lib/i18n/messages";
import { appUrl } from "@/lib/mail/links";
import { newsAtom } from "@/lib/news/feed";
import { latestNews } from "@/lib/news/queries";

export const dynamic = "force-dynamic";

/** GET /feeds/news.xml — the Atom feed of the latest 50 published news items (lib/news/feed.ts). */
export const GET = route({}, async ({ db }) => {
  const t = translator("pl");
  const items = await latestNews(db, new Date(), 50);
  return atomResponse(newsAtom(items, appUrl(), { title: t("news.list.title"), description: t("news.list.lead"), publisher: PUBLISHER }));
});
