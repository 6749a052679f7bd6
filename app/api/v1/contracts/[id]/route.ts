import { getDb } from "@/lib/db/client";
import { contractApiHeaders, contractToApi, publicContract } from "@/lib/contracts/register";

export const dynamic = "force-dynamic";

/** Open data: GET /api/v1/contracts/{id} — a signed contract with its years and cost table (drafts are 404). */
export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const c = await publicContract(await getDb(), id);
  if (!c) return Response.json({ error: "notFound" }, { status: 404, headers: contractApiHeaders });
  return Response.json(contractToApi(c), { headers: contractApiHeaders });
}
