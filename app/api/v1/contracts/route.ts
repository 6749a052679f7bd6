import { getDb } from "@/lib/db/client";
import { contractApiHeaders, contractToApi, listRegister, registerFiltersFrom } from "@/lib/contracts/register";

export const dynamic = "force-dynamic";

/** Open data: GET /api/v1/contracts?year=&area=&form=&organization=&page= — signed contracts, public fields only. */
export async function GET(request: Request) {
  const params = new URL(request.url).searchParams;
  const filters = registerFiltersFrom((k) => params.get(k));
  const page = await listRegister(await getDb(), filters);
  return Response.json(
    { total: page.total, page: page.page, pageCount: page.pageCount, items: page.items.map((c) => contractToApi(c)) },
    { headers: contractApiHeaders },
  );
}
