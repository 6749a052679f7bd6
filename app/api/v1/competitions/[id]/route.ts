import { getDb } from "@/lib/db/client";
import { competitionApiHeaders, competitionToApi } from "@/lib/competitions/api";
import { getPublicCompetition } from "@/lib/competitions/queries";

export const dynamic = "force-dynamic";

/** Open data: GET /api/v1/competitions/{id} — the announcement with its criteria (drafts are 404). */
export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const c = await getPublicCompetition(await getDb(), id);
  if (!c) return Response.json({ error: "notFound" }, { status: 404, headers: competitionApiHeaders });
  return Response.json(competitionToApi(c), { headers: competitionApiHeaders });
}
