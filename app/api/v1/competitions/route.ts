import { getDb } from "@/lib/db/client";
import { competitionApiHeaders, competitionToApi } from "@/lib/competitions/api";
import { listPublicCompetitions } from "@/lib/competitions/queries";

export const dynamic = "force-dynamic";

/** Open data: GET /api/v1/competitions?year=&area= — every published competition, public fields only. */
export async function GET(request: Request) {
  const params = new URL(request.url).searchParams;
  const year = params.get("year");
  const area = params.get("area");
  if ((year && !/^\d{4}$/.test(year)) || (area && !/^[a-z-]{1,60}$/.test(area)))
    return Response.json({ error: "invalidQuery" }, { status: 400, headers: competitionApiHeaders });
  const db = await getDb();
  const rows = await listPublicCompetitions(db, { year: year ? Number(year) : undefined, area: area ?? undefined });
  const now = new Date();
  return Response.json({ total: rows.length, items: rows.map((c) => competitionToApi(c, now)) }, { headers: competitionApiHeaders });
}
