import { consultationApiDetail, reportCsv } from "@/lib/consultations/api";
import { getDb } from "@/lib/db/client";

export const dynamic = "force-dynamic";

/** The published report as CSV (404 until it is published). */
export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const detail = await consultationApiDetail(await getDb(), id, new Date());
  if (!detail || detail.status !== "report_published") return Response.json({ error: "notFound" }, { status: 404 });
  const locale = new URL(request.url).searchParams.get("lang") === "en" ? "en" : "pl";
  return new Response(reportCsv(detail, locale), {
    headers: { "Content-Type": "text/csv; charset=utf-8", "Content-Disposition": `attachment; filename="consultation-report-${id}.csv"` },
  });
}
