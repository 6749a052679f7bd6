import { ok, route } from "@/lib/http/route";
import { parseOfferFilters } from "@/lib/volunteering/filters";
import { listPublicOffers, offerToApi } from "@/lib/volunteering/queries";

export const dynamic = "force-dynamic";

const headers = { "Cache-Control": "public, max-age=60", "Access-Control-Allow-Origin": "*" };

/**
 * Open data: GET /api/v1/volunteering/offers?area=&district=&audience=&online=1&from=&to=&organization=&page=
 * — published (and filled) volunteer offers of verified organizations, without the contact person.
 */
export const GET = route({ headers }, async ({ db, search }) => {
  const result = await listPublicOffers(db, parseOfferFilters(search), 50);
  return ok({ total: result.total, page: result.page, pageSize: result.pageSize, items: result.items.map(offerToApi) });
});
