import { apiHeaders, consultationApiDetail } from "@/lib/consultations/api";
import { getDb } from "@/lib/db/client";

export const dynamic = "force-dynamic";

/** Open data: one consultation with its paragraphs, visible comments and the city's answers. */
export async function GET(_: Request, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const detail = await consultationApiDetail(await getDb(), id, new Date());
  if (!detail) return Response.json({ error: "notFound" }, { status: 404, headers: apiHeaders });
  return Response.json(detail, { headers: apiHeaders });
}
