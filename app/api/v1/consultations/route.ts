import { apiHeaders, consultationToApi } from "@/lib/consultations/api";
import { listConsultations } from "@/lib/consultations/queries";
import { consultationAudiences, type ConsultationAudience } from "@/lib/consultations/schemas";
import { parsePaging, slicePage } from "@/lib/http/paging";
import { invalid, ok, route } from "@/lib/http/route";

export const dynamic = "force-dynamic";

/** Open data: GET /api/v1/consultations?open=1&audience=&area=&year=&page=&pageSize= */
export const GET = route({ headers: apiHeaders }, async ({ db, search }) => {
  const audience = search.get("audience");
  const area = search.get("area");
  const year = search.get("year");
  if (audience && !(consultationAudiences as readonly string[]).includes(audience)) return invalid("audience");
  if (area && !/^[a-z0-9-]{1,80}$/.test(area)) return invalid("area");
  if (year && !/^\d{4}$/.test(year)) return invalid("year");
  const paging = parsePaging(search);
  if (!paging.ok) return invalid(paging.field);
  const now = new Date();
  const rows = await listConsultations(
    db,
    {
      open: search.get("open") === "1",
      audience: (audience as ConsultationAudience) ?? undefined,
      area: area ?? undefined,
      year: year ? Number(year) : undefined,
    },
    now,
  );
  const page = slicePage(rows, paging.paging);
  return ok({ ...page, items: page.items.map((r) => ({ ...consultationToApi(r, now), comments: r.comments })) });
});
