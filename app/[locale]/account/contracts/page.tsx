import { getTranslations, setRequestLocale } from "next-intl/server";
import { PageHeading } from "@/components/ui/PageHeading";
import { requirePermission } from "@/lib/auth/session";
import { getDb } from "@/lib/db/client";
import { formatMoney } from "@/lib/i18n/format";
import { Link } from "@/lib/i18n/navigation";
import type { Locale } from "@/lib/i18n/routing";
import { organizationDashboard } from "@/lib/reports/dashboards";
import { day } from "@/components/reports/format";
import { TableScroll } from "@/components/ui/TableScroll";

const th = "py-2 pr-4";
const td = "py-2 pr-4 align-top";

/** The organization's dashboard: per organization, its contracts, next reports, tranches and returns. */
export default async function MyContractsPage({ params }: { params: Promise<{ locale: Locale }> }) {
  const { locale } = await params;
  setRequestLocale(locale);
  const principal = await requirePermission(locale, "contracts.dashboardMine", {}, "/account/contracts");
  const t = await getTranslations("reports");
  const orgs = await organizationDashboard(await getDb(), principal);
  return (
    <div>
      <PageHeading title={t("mine.title")} lead={t("mine.lead")} />
      {orgs.length === 0 && <p>{t("mine.noOrganizations")}</p>}
      {orgs.map((org) => (
        <section key={org.id} aria-labelledby={`org-${org.id}`} className="mb-10">
          <h2 id={`org-${org.id}`} className="mb-3 text-2xl font-bold">
            {org.name}
          </h2>
          {org.contracts.length === 0 ? (
            <p>{t("mine.noContracts")}</p>
          ) : (
            <TableScroll label={t("mine.caption", { name: org.name })}>
              <table className="w-full text-left">
                <caption className="mb-2 text-left font-semibold">{t("mine.caption", { name: org.name })}</caption>
                <thead>
                  <tr className="border-b-2 border-gray-700">
                    <th scope="col" className={th}>
                      {t("common.contract")}
                    </th>
                    <th scope="col" className={th}>
                      {t("common.status")}
                    </th>
                    <th scope="col" className={th}>
                      {t("mine.nextReport")}
                    </th>
                    <th scope="col" className={th}>
                      {t("mine.nextTranche")}
                    </th>
                    <th scope="col" className={th}>
                      {t("mine.returnDue")}
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {org.contracts.map((c) => (
                    <tr key={c.id} className="border-b border-gray-200" data-testid={`contract-${c.number}`}>
                      <th scope="row" className={`${td} font-normal`}>
                        <Link href={`/account/contracts/${c.id}/reports`} className="text-brand-700 underline">
                          {t("mine.reportsLink", { number: c.number })}
                        </Link>
                        <br />
                        {c.title}
                        <br />
                        <span className="text-sm text-muted">
                          {day(c.startDate, locale)} – {day(c.endDate, locale)}; {t("common.grant")}:{" "}
                          {formatMoney(c.totalGrantGrosze, locale)}
                        </span>
                      </th>
                      <td className={td}>{t(`contractStatus.${c.status}`)}</td>
                      <td className={td}>
                        {c.nextReport ? (
                          <>
                            <Link href={`/account/contracts/${c.id}/reports/${c.nextReport.id}`} className="text-brand-700 underline">
                              {t(`kindTitle.${c.nextReport.kind}`, { year: c.nextReport.year })}
                            </Link>
                            <br />
                            {t("dueOn", { date: day(c.nextReport.dueDate, locale) })}; {t(`statuses.${c.nextReport.status}`)}
                            {c.nextReport.overdue && (
                              <strong className="ml-2 rounded bg-red-100 px-2 text-sm text-red-900">{t("overdue")}</strong>
                            )}
                          </>
                        ) : (
                          t("common.none")
                        )}
                      </td>
                      <td className={td} data-testid={`next-tranche-${c.number}`}>
                        {c.nextTranche ? (
                          <>
                            {formatMoney(c.nextTranche.amountGrosze, locale)}, {t("dueOn", { date: day(c.nextTranche.dueDate, locale) })}
                            <br />
                            {t(`trancheState.${c.nextTranche.state}`, {
                              date: "",
                              year: c.nextTranche.waitsForReportYear ?? c.nextTranche.year,
                            })}
                          </>
                        ) : (
                          t("common.none")
                        )}
                      </td>
                      <td className={td}>
                        {c.returnDue
                          ? t("mine.returnLine", {
                              amount: formatMoney(c.returnDue.amountGrosze, locale),
                              date: day(c.returnDue.dueDate, locale),
                            })
                          : t("common.none")}
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </TableScroll>
          )}
        </section>
      ))}
    </div>
  );
}
