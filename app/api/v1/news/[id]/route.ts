import { ok, refuse, route } from "@/lib/http/route";
import { newsApiItem } from "@/lib/news/api";
import { getPublicNews } from "@/lib/news/queries";

export const dynamic = "force-dynamic";

/** Open data: GET /api/v1/news/{id} — one published item with its Markdown body; a malformed or unknown id is a 404. */
export const GET = route({ ids: ["id"], headers: { "Cache-Control": "public, max-age=300" } }, async ({ db, ids }) => {
  const item = await getPublicNews(db, ids.id, new Date());
  if (!item) return refuse("notFound");
  return ok({ ...newsApiItem(item), body: item.body });
});
