import { competitionApiHeaders, competitionToApi } from "@/lib/competitions/api";
import { getPublicCompetition } from "@/lib/competitions/queries";
import { ok, refuse, route } from "@/lib/http/route";

export const dynamic = "force-dynamic";

/** Open data: GET /api/v1/competitions/{id} — the announcement with its criteria (drafts are 404). */
export const GET = route({ ids: ["id"], headers: competitionApiHeaders }, async ({ ids, db }) => {
  const competition = await getPublicCompetition(db, ids.id);
  return competition ? ok(competitionToApi(competition)) : refuse("notFound");
});
