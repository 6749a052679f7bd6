import { contractApiHeaders, contractToApi, publicContract } from "@/lib/contracts/register";
import { ok, refuse, route } from "@/lib/http/route";

export const dynamic = "force-dynamic";

/** Open data: GET /api/v1/contracts/{id} — a signed contract with its years and cost table (drafts are 404). */
export const GET = route({ ids: ["id"], headers: contractApiHeaders }, async ({ ids, db }) => {
  const contract = await publicContract(db, ids.id);
  return contract ? ok(contractToApi(contract)) : refuse("notFound");
});
