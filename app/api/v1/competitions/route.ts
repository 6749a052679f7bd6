import { competitionApiHeaders, competitionToApi } from "@/lib/competitions/api";
import { listPublicCompetitions } from "@/lib/competitions/queries";
import { parsePaging, slicePage } from "@/lib/http/paging";
import { invalid, ok, route } from "@/lib/http/route";

export const dynamic = "force-dynamic";

/** Open data: GET /api/v1/competitions?year=&area=&page=&pageSize= — every published competition, public fields only. */
export const GET = route({ headers: competitionApiHeaders }, async ({ db, search }) => {
  const year = search.get("year");
  const area = search.get("area");
  if (year && !/^\d{4}$/.test(year)) return invalid("year");
  if (area && !/^[a-z-]{1,60}$/.test(area)) return invalid("area");
  const paging = parsePaging(search);
  if (!paging.ok) return invalid(paging.field);
  const rows = await listPublicCompetitions(db, { year: year ? Number(year) : undefined, area: area ?? undefined });
  const now = new Date();
  const page = slicePage(rows, paging.paging);
  return ok({ ...page, items: page.items.map((c) => competitionToApi(c, now)) });
});
