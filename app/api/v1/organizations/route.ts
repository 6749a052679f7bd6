import { getDb } from "@/lib/db/client";
import { directoryIsPublic } from "@/lib/organizations/access";
import { parseDirectoryQueryStrict } from "@/lib/organizations/filters";
import { searchOrganizations } from "@/lib/organizations/queries";
import { openDataHeaders } from "@/lib/organizations/api";

export const dynamic = "force-dynamic";

/**
 * Open data: GET /api/v1/organizations?q=&legalForm=&area=&district=&opp=&volunteers=&sort=&page=&pageSize=
 * The directory's filters; pageSize ≤ 100; verified organizations, public fields only.
 */
export async function GET(request: Request) {
  if (!directoryIsPublic()) return Response.json({ error: "forbidden" }, { status: 403 });
  const parsed = parseDirectoryQueryStrict(new URL(request.url).searchParams);
  if (!parsed.ok) return Response.json({ error: "invalidQuery", fields: parsed.errors }, { status: 400, headers: openDataHeaders });
  const result = await searchOrganizations(await getDb(), parsed.filters);
  return Response.json(
    { total: result.total, page: result.page, pageSize: result.pageSize, pageCount: result.pageCount, items: result.rows },
    { headers: openDataHeaders },
  );
}
