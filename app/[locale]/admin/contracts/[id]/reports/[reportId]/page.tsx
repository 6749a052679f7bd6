import { getTranslations, setRequestLocale } from "next-intl/server";
import { Notice } from "@/components/ui/Notice";
import { PageHeading } from "@/components/ui/PageHeading";
import { requirePermission } from "@/lib/auth/session";
import { Link } from "@/lib/i18n/navigation";
import type { Locale } from "@/lib/i18n/routing";
import { isPartyMember } from "@/lib/reports/context";
import { ReportContentView } from "@/components/reports/ReportContentView";
import { ReportHeader } from "@/components/reports/ReportHeader";
import { Rounds } from "@/components/reports/Rounds";
import { DecisionForm } from "./DecisionForm";
import { loadPage, pageId } from "@/lib/http/page";
import { reportOfContract } from "@/lib/reports/queries";

export default async function AdminReportPage({
  params,
  searchParams,
}: {
  params: Promise<{ locale: Locale; id: string; reportId: string }>;
  searchParams: Promise<{ decided?: string }>;
}) {
  const { locale } = await params;
  const id = pageId((await params).id);
  const reportId = pageId((await params).reportId);
  const { decided } = await searchParams;
  setRequestLocale(locale);
  const path = `/admin/contracts/${id}/reports/${reportId}`;
  await requirePermission(locale, "report.decide", {}, path);
  const detail = await loadPage(locale, path, (db, principal) => reportOfContract(db, principal, id, reportId));
  const t = await getTranslations("reports");
  const { report, reporting } = detail;
  const own = isPartyMember(detail.principal, reporting.partyIds);
  return (
    <div>
      <PageHeading
        title={`${t(`kindTitle.${report.kind}`, { year: report.year })} — ${reporting.contract.number}`}
        lead={reporting.contract.title}
      />
      <p className="mb-6">
        <Link href={`/admin/contracts/${id}/reports`} className="text-brand-700 underline">
          {t("grants.contractReports", { number: reporting.contract.number })}
        </Link>
      </p>
      {(decided === "accept" || decided === "return") && (
        <Notice tone="success">{t(decided === "accept" ? "decide.accepted" : "decide.returned")}</Notice>
      )}
      <ReportHeader detail={detail} locale={locale} />
      {own && report.status === "submitted" && (
        <p role="note" className="mb-6 border-l-4 border-accent-600 bg-red-50 p-4 font-semibold">
          {t("errors.ownReport")}
        </p>
      )}
      {detail.canDecide && <DecisionForm contractId={id} reportId={report.id} final={report.kind === "final"} />}
      <section aria-labelledby="content-h" className="mb-10">
        <h2 id="content-h" className="mb-4 text-2xl font-bold">
          {t("view.currentContent")}
        </h2>
        <ReportContentView detail={detail} locale={locale} idPrefix="current" />
      </section>
      <Rounds detail={detail} locale={locale} />
    </div>
  );
}
