import { editionToApi, getEdition } from "@/lib/awards/queries";
import { warsawToday } from "@/lib/dates/warsaw";
import { ok, refuse, route } from "@/lib/http/route";

export const dynamic = "force-dynamic";

/** GET /api/v1/volunteering/awards/{id}: one edition (a malformed or unknown id is a 404). */
export const GET = route(
  { ids: ["id"], headers: { "Cache-Control": "public, max-age=60", "Access-Control-Allow-Origin": "*" } },
  async ({ ids, db }) => {
    const edition = await getEdition(db, ids.id, warsawToday());
    if (!edition) return refuse("notFound");
    return ok(editionToApi(edition));
  },
);
