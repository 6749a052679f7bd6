import { parsePaging } from "@/lib/http/paging";
import { invalid, ok, route } from "@/lib/http/route";
import { listPublicNews } from "@/lib/news/queries";
import { newsApiItem } from "@/lib/news/api";
import { newsTypes, type NewsType } from "@/lib/news/rules";

export const dynamic = "force-dynamic";

/**
 * Open data: GET /api/v1/news?type=&area=&page=&pageSize= — the published news, the newest first:
 * `{ total, page, pageSize, items }`, no personal data (an organization's announcement names the
 * organization only).
 */
export const GET = route({ headers: { "Cache-Control": "public, max-age=300" } }, async ({ db, search }) => {
  const type = search.get("type");
  const area = search.get("area");
  if (type && !(newsTypes as readonly string[]).includes(type)) return invalid("type");
  if (area && !/^[a-z0-9-]{1,100}$/.test(area)) return invalid("area");
  const paging = parsePaging(search);
  if (!paging.ok) return invalid(paging.field);
  const page = await listPublicNews(db, new Date(), { type: (type as NewsType) || undefined, area: area || undefined }, paging.paging);
  return ok({ total: page.total, page: page.page, pageSize: page.pageSize, items: page.items.map(newsApiItem) });
});
