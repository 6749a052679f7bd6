import { competitionApiHeaders, competitionToApi } from "@/lib/competitions/api";
import { listPublicCompetitions } from "@/lib/competitions/queries";
import { invalid, ok, route } from "@/lib/http/route";

export const dynamic = "force-dynamic";

/** Open data: GET /api/v1/competitions?year=&area= — every published competition, public fields only. */
export const GET = route({ headers: competitionApiHeaders }, async ({ db, search }) => {
  const year = search.get("year");
  const area = search.get("area");
  if (year && !/^\d{4}$/.test(year)) return invalid("year");
  if (area && !/^[a-z-]{1,60}$/.test(area)) return invalid("area");
  const rows = await listPublicCompetitions(db, { year: year ? Number(year) : undefined, area: area ?? undefined });
  const now = new Date();
  return ok({ total: rows.length, items: rows.map((c) => competitionToApi(c, now)) });
});
