import { apiHeaders, consultationApiDetail } from "@/lib/consultations/api";
import { ok, refuse, route } from "@/lib/http/route";

export const dynamic = "force-dynamic";

/** Open data: one consultation with its paragraphs, visible comments and the city's answers. */
export const GET = route({ ids: ["id"], headers: apiHeaders }, async ({ ids, db }) => {
  const detail = await consultationApiDetail(db, ids.id, new Date());
  return detail ? ok(detail) : refuse("notFound");
});
