import { ok, route } from "@/lib/http/route";
import { premisesRegister, registerPageSize } from "@/lib/premises/queries";
import { premisesToApi } from "@/lib/premises/api";

export const dynamic = "force-dynamic";

const headers = { "Cache-Control": "public, max-age=60", "Access-Control-Allow-Origin": "*" };

/** Open data: GET /api/v1/premises?page= — the register of municipal premises let to NGOs, no personal data. */
export const GET = route({ headers }, async ({ db, search }) => {
  const wanted = Number(search.get("page") ?? "1");
  const page = Number.isInteger(wanted) && wanted >= 1 && wanted <= 10_000 ? wanted : 1;
  const result = await premisesRegister(db, page, registerPageSize);
  return ok({ total: result.total, page: result.page, pageSize: result.pageSize, items: result.items.map(premisesToApi) });
});
