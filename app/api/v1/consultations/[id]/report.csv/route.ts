import { consultationApiDetail, reportCsv } from "@/lib/consultations/api";
import { refuse, route } from "@/lib/http/route";

export const dynamic = "force-dynamic";

/** The published report as CSV (404 until it is published). */
export const GET = route({ ids: ["id"] }, async ({ ids, db, search }) => {
  const detail = await consultationApiDetail(db, ids.id, new Date());
  if (!detail || detail.status !== "report_published") return refuse("notFound");
  const locale = search.get("lang") === "en" ? "en" : "pl";
  return new Response(reportCsv(detail, locale), {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="consultation-report-${ids.id}.csv"`,
    },
  });
});
