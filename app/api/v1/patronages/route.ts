import { ok, route } from "@/lib/http/route";
import { patronageToApi } from "@/lib/patronages/api";
import { grantedPatronages, publicPageSize } from "@/lib/patronages/queries";

export const dynamic = "force-dynamic";

const headers = { "Cache-Control": "public, max-age=60", "Access-Control-Allow-Origin": "*" };

/** Open data: GET /api/v1/patronages?page= — the events granted the Mayor's patronage, no personal data. */
export const GET = route({ headers }, async ({ db, search }) => {
  const wanted = Number(search.get("page") ?? "1");
  const page = Number.isInteger(wanted) && wanted >= 1 && wanted <= 10_000 ? wanted : 1;
  const result = await grantedPatronages(db, page, publicPageSize);
  return ok({ total: result.total, page: result.page, pageSize: result.pageSize, items: result.items.map(patronageToApi) });
});
