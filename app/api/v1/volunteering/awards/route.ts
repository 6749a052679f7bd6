import { editionToApi, listEditions } from "@/lib/awards/queries";
import { warsawToday } from "@/lib/dates/warsaw";
import { ok, route } from "@/lib/http/route";

export const dynamic = "force-dynamic";

const headers = { "Cache-Control": "public, max-age=60", "Access-Control-Allow-Origin": "*" };

/**
 * Open data: GET /api/v1/volunteering/awards?page= — the editions of the city's volunteer awards with
 * their categories and, once published, the laureates who consented to publication (names only).
 */
export const GET = route({ headers }, async ({ db, search }) => {
  const page = Math.max(1, Math.min(1000, Number.parseInt(search.get("page") ?? "1", 10) || 1));
  const result = await listEditions(db, page, 50, warsawToday());
  return ok({ total: result.total, page: result.page, pageSize: result.pageSize, items: result.items.map(editionToApi) });
});
