import { apiHeaders, consultationToApi } from "@/lib/consultations/api";
import { listConsultations } from "@/lib/consultations/queries";
import { getDb } from "@/lib/db/client";
import { consultationAudiences, type ConsultationAudience } from "@/lib/db/schema/consultations";

export const dynamic = "force-dynamic";

/** Open data: GET /api/v1/consultations?open=1&audience=&area=&year= */
export async function GET(request: Request) {
  const p = new URL(request.url).searchParams;
  const audience = p.get("audience");
  const area = p.get("area");
  const year = p.get("year");
  if (
    (audience && !(consultationAudiences as readonly string[]).includes(audience)) ||
    (area && !/^[a-z0-9-]{1,80}$/.test(area)) ||
    (year && !/^\d{4}$/.test(year))
  )
    return Response.json({ error: "invalidQuery" }, { status: 400, headers: apiHeaders });
  const now = new Date();
  const rows = await listConsultations(
    await getDb(),
    {
      open: p.get("open") === "1",
      audience: (audience as ConsultationAudience) ?? undefined,
      area: area ?? undefined,
      year: year ? Number(year) : undefined,
    },
    now,
  );
  return Response.json(
    { total: rows.length, items: rows.map((r) => ({ ...consultationToApi(r, now), comments: r.comments })) },
    { headers: apiHeaders },
  );
}
