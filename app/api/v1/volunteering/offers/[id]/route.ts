import { ok, refuse, route } from "@/lib/http/route";
import { getPublicOffer, offerToApi } from "@/lib/volunteering/queries";

export const dynamic = "force-dynamic";

/** GET /api/v1/volunteering/offers/{id}: one public offer without its contact person (a malformed or unknown id is a 404). */
export const GET = route(
  { ids: ["id"], headers: { "Cache-Control": "public, max-age=60", "Access-Control-Allow-Origin": "*" } },
  async ({ ids, db }) => {
    const offer = await getPublicOffer(db, ids.id);
    if (!offer) return refuse("notFound");
    return ok(offerToApi(offer));
  },
);
