import { ok, refuse, route } from "@/lib/http/route";
import { directoryIsPublic } from "@/lib/organizations/access";
import { openDataHeaders } from "@/lib/organizations/api";
import { parseDirectoryQueryStrict } from "@/lib/organizations/filters";
import { searchOrganizations } from "@/lib/organizations/queries";

export const dynamic = "force-dynamic";

/**
 * Open data: GET /api/v1/organizations?q=&legalForm=&area=&district=&opp=&volunteers=&everywhere=&sort=&page=&pageSize=
 * The directory's filters; pageSize ≤ 100; verified organizations, public fields only.
 */
export const GET = route({ headers: openDataHeaders }, async ({ db, search }) => {
  if (!directoryIsPublic()) return refuse("forbidden");
  const parsed = parseDirectoryQueryStrict(search);
  if (!parsed.ok) return Response.json({ error: "invalidQuery", fields: parsed.errors }, { status: 400 });
  const result = await searchOrganizations(db, parsed.filters);
  return ok({ total: result.total, page: result.page, pageSize: result.pageSize, pageCount: result.pageCount, items: result.rows });
});
