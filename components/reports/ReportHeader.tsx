import { getTranslations } from "next-intl/server";
import type { Locale } from "@/lib/i18n/routing";
import type { ReportDetail } from "@/lib/reports/queries";
import { day } from "./format";

/** The header of the official form: kind, period, contract, task, grantee, due date, status. */
export async function ReportHeader({ detail, locale }: { detail: ReportDetail; locale: Locale }) {
  const t = await getTranslations("reports");
  const { report, reporting } = detail;
  const rows: [string, string][] = [
    [t("view.header.kind"), t(`kindTitle.${report.kind}`, { year: report.year })],
    [t("view.header.period"), `${day(report.periodStart, locale)} – ${day(report.periodEnd, locale)}`],
    [t("view.header.contract"), reporting.contract.number],
    [t("view.header.title"), reporting.contract.title],
    [t("view.header.parties"), reporting.parties.map((p) => p.name).join("; ")],
    [t("view.header.due"), day(report.dueDate, locale) + (report.overdue ? ` (${t("overdue")})` : "")],
    [t("view.header.status"), t(`statuses.${report.status}`)],
  ];
  return (
    <section aria-labelledby="report-header-h" className="mb-8">
      <h2 id="report-header-h" className="mb-3 text-2xl font-bold">
        {t("sections.header")}
      </h2>
      <dl>
        {rows.map(([label, value]) => (
          <div key={label} className="border-b border-gray-200 py-1 sm:grid sm:grid-cols-3 sm:gap-4">
            <dt className="font-semibold">{label}</dt>
            <dd className="sm:col-span-2" data-testid={label === t("view.header.status") ? "report-status" : undefined}>
              {value}
            </dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
