import { contractApiHeaders, contractToApi, listRegister, registerFiltersFrom, registerPageSize } from "@/lib/contracts/register";
import { ok, route } from "@/lib/http/route";

export const dynamic = "force-dynamic";

/** Open data: GET /api/v1/contracts?year=&area=&form=&organization=&page= — signed contracts, public fields only. */
export const GET = route({ headers: contractApiHeaders }, async ({ db, search }) => {
  const page = await listRegister(
    db,
    registerFiltersFrom((k) => search.get(k)),
  );
  return ok({
    total: page.total,
    page: page.page,
    pageSize: registerPageSize,
    pageCount: page.pageCount,
    items: page.items.map((c) => contractToApi(c)),
  });
});
