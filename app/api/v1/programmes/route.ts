import { parsePaging } from "@/lib/http/paging";
import { invalid, ok, route } from "@/lib/http/route";
import { programmeApiItem } from "@/lib/programmes/api";
import { listPublicProgrammes } from "@/lib/programmes/queries";

export const dynamic = "force-dynamic";

/**
 * Open data: GET /api/v1/programmes?page=&pageSize= — the cooperation programmes past the draft, the
 * latest years first: `{ total, page, pageSize, items }`, each with its priority tasks and the money
 * planned, announced and granted per task, in grosze. No personal data.
 */
export const GET = route({ headers: { "Cache-Control": "public, max-age=300" } }, async ({ db, search }) => {
  const paging = parsePaging(search);
  if (!paging.ok) return invalid(paging.field);
  const page = await listPublicProgrammes(db, paging.paging);
  return ok({ total: page.total, page: page.page, pageSize: page.pageSize, items: page.items.map(programmeApiItem) });
});
