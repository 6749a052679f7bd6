import { getTranslations, setRequestLocale } from "next-intl/server";
import { Notice } from "@/components/ui/Notice";
import { PageHeading } from "@/components/ui/PageHeading";
import { Link } from "@/lib/i18n/navigation";
import type { Locale } from "@/lib/i18n/routing";
import { ReportContentView } from "@/components/reports/ReportContentView";
import { ReportHeader } from "@/components/reports/ReportHeader";
import { Rounds } from "@/components/reports/Rounds";
import { ReportEditor } from "./ReportEditor";
import { SimplifiedReportEditor } from "./SimplifiedReportEditor";
import { loadPage, pageId } from "@/lib/http/page";
import { reportOfContract } from "@/lib/reports/queries";

export default async function ReportPage({
  params,
  searchParams,
}: {
  params: Promise<{ locale: Locale; id: string; reportId: string }>;
  searchParams: Promise<{ submitted?: string }>;
}) {
  const { locale } = await params;
  const id = pageId((await params).id);
  const reportId = pageId((await params).reportId);
  setRequestLocale(locale);
  const { submitted } = await searchParams;
  const detail = await loadPage(locale, `/account/contracts/${id}/reports/${reportId}`, (db, principal) =>
    reportOfContract(db, principal, id, reportId),
  );
  const t = await getTranslations("reports");
  const { report, reporting } = detail;
  const title = `${t(`kindTitle.${report.kind}`, { year: report.year })} — ${reporting.contract.number}`;
  return (
    <div>
      <PageHeading title={title} lead={reporting.contract.title} />
      <p className="mb-6">
        <Link href={`/account/contracts/${id}/reports`} className="text-brand-700 underline">
          {t("mine.reportsLink", { number: reporting.contract.number })}
        </Link>
      </p>
      {submitted && report.status === "submitted" && <Notice tone="success">{t("editor.submitted", { round: submitted })}</Notice>}
      {report.status === "returned" && detail.lastRemarks && (
        <div className="mb-6 border-l-4 border-accent-600 bg-red-50 p-4" role="note" aria-labelledby="remarks-h">
          <h2 id="remarks-h" className="mb-2 text-lg font-bold">
            {t("editor.remarksTitle")}
          </h2>
          <p className="whitespace-pre-line" data-testid="remarks">
            {detail.lastRemarks}
          </p>
        </div>
      )}
      <ReportHeader detail={detail} locale={locale} />
      {report.editable && detail.simplified ? (
        <>
          <p className="mb-6 max-w-3xl">{t("simplified.lead")}</p>
          <p className="mb-6 max-w-3xl text-sm text-muted">{t("simplified.formName")}</p>
          <SimplifiedReportEditor
            contractId={id}
            reportId={report.id}
            locale={locale}
            initialVersion={report.version}
            initialContent={detail.simplified.content}
            years={detail.period.years}
            expected={detail.targets.map((x) => x.name).join("; ")}
          />
        </>
      ) : report.editable ? (
        <>
          <p className="mb-6 max-w-3xl">{t("editor.lead")}</p>
          <ReportEditor
            contractId={id}
            reportId={report.id}
            locale={locale}
            initialVersion={report.version}
            initialContent={detail.content}
            lines={detail.period.lines}
            sources={detail.period.sources}
          />
        </>
      ) : (
        <section aria-labelledby="content-h" className="mb-10">
          <h2 id="content-h" className="mb-4 text-2xl font-bold">
            {t("view.currentContent")}
          </h2>
          <ReportContentView detail={detail} locale={locale} idPrefix="current" />
        </section>
      )}
      <Rounds detail={detail} locale={locale} />
    </div>
  );
}
