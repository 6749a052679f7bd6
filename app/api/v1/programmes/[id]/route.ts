import { ok, refuse, route } from "@/lib/http/route";
import { programmeApiItem } from "@/lib/programmes/api";
import { getPublicProgramme } from "@/lib/programmes/queries";

export const dynamic = "force-dynamic";

/** Open data: GET /api/v1/programmes/{id} — one programme with its sections (Markdown), indicators, tasks and money; a malformed or unknown id is a 404. */
export const GET = route({ ids: ["id"], headers: { "Cache-Control": "public, max-age=300" } }, async ({ db, ids }) => {
  const p = await getPublicProgramme(db, ids.id);
  if (!p) return refuse("notFound");
  return ok({ ...programmeApiItem(p), sections: p.sections, indicators: p.indicators });
});
