import { getTranslations, setRequestLocale } from "next-intl/server";
import { PageHeading } from "@/components/ui/PageHeading";
import { requirePermission } from "@/lib/auth/session";
import { getDb } from "@/lib/db/client";
import { contractStatuses } from "@/lib/contracts/rules";
import { formatDateTime, formatMoney } from "@/lib/i18n/format";
import { Link } from "@/lib/i18n/navigation";
import type { Locale } from "@/lib/i18n/routing";
import { grantsDashboard } from "@/lib/reports/dashboards";
import { day } from "@/components/reports/format";
import { MoneyChart } from "./MoneyChart";
import { TableScroll } from "@/components/ui/TableScroll";

const th = "py-2 pr-4";
const td = "py-2 pr-4 align-top";

/** The administrator's overview of grants (issue 6 point 7). */
export default async function GrantsDashboardPage({ params }: { params: Promise<{ locale: Locale }> }) {
  const { locale } = await params;
  setRequestLocale(locale);
  const principal = await requirePermission(locale, "grants.dashboard", {}, "/admin/grants");
  const t = await getTranslations("reports");
  const d = await grantsDashboard(await getDb(), principal);
  const m = (v: number) => formatMoney(v, locale);
  const reportLink = (r: { contractId: string; id: string; kind: "partial" | "final"; year: number; number: string }) => (
    <Link
      href={`/admin/contracts/${r.contractId}/reports/${r.id}`}
      className="text-brand-700 underline"
    >{`${t(`kindTitle.${r.kind}`, { year: r.year })} — ${r.number}`}</Link>
  );
  const series = [
    ["granted", t("grants.granted")],
    ["paid", t("grants.paid")],
    ["returned", t("grants.returned")],
  ] as const;
  return (
    <div>
      <PageHeading title={t("grants.title")} lead={t("grants.lead")} />
      <p className="mb-6">
        <Link href="/admin/grants/rates" className="text-brand-700 underline">
          {t("grants.ratesLink")}
        </Link>
      </p>

      <section aria-labelledby="status-h" className="mb-10">
        <h2 id="status-h" className="mb-3 text-2xl font-bold">
          {t("grants.byStatusHeading")}
        </h2>
        <TableScroll label={t("grants.byStatusCaption")}>
          <table className="w-full max-w-xl text-left">
            <caption className="mb-2 text-left font-semibold">{t("grants.byStatusCaption")}</caption>
            <thead>
              <tr className="border-b-2 border-gray-700">
                <th scope="col" className={th}>
                  {t("common.status")}
                </th>
                <th scope="col" className={`${th} text-right`}>
                  {t("grants.count")}
                </th>
              </tr>
            </thead>
            <tbody>
              {contractStatuses.map((s) => (
                <tr key={s} className="border-b border-gray-200">
                  <th scope="row" className={`${td} font-normal`}>
                    {t(`contractStatus.${s}`)}
                  </th>
                  <td className={`${td} text-right tabular-nums`} data-testid={`status-count-${s}`}>
                    {d.byStatus[s] ?? 0}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      </section>

      <section aria-labelledby="decide-h" className="mb-10">
        <h2 id="decide-h" className="mb-3 text-2xl font-bold">
          {t("grants.toDecideHeading")}
        </h2>
        {d.toDecide.length === 0 ? (
          <p>{t("grants.empty")}</p>
        ) : (
          <TableScroll label={t("grants.toDecideCaption")}>
            <table className="w-full text-left">
              <caption className="mb-2 text-left font-semibold">{t("grants.toDecideCaption")}</caption>
              <thead>
                <tr className="border-b-2 border-gray-700">
                  <th scope="col" className={th}>
                    {t("common.report")}
                  </th>
                  <th scope="col" className={th}>
                    {t("common.organization")}
                  </th>
                  <th scope="col" className={th}>
                    {t("grants.submittedAt")}
                  </th>
                </tr>
              </thead>
              <tbody>
                {d.toDecide.map((r) => (
                  <tr key={r.id} className="border-b border-gray-200">
                    <th scope="row" className={`${td} font-normal`}>
                      {reportLink(r)}
                    </th>
                    <td className={td}>{r.organization}</td>
                    <td className={td}>{r.submittedAt ? formatDateTime(r.submittedAt, locale) : "—"}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </TableScroll>
        )}
      </section>

      <section aria-labelledby="overdue-h" className="mb-10">
        <h2 id="overdue-h" className="mb-3 text-2xl font-bold">
          {t("grants.overdueHeading")}
        </h2>
        {d.overdue.length === 0 ? (
          <p>{t("grants.empty")}</p>
        ) : (
          <TableScroll label={t("grants.overdueCaption")}>
            <table className="w-full text-left">
              <caption className="mb-2 text-left font-semibold">{t("grants.overdueCaption")}</caption>
              <thead>
                <tr className="border-b-2 border-gray-700">
                  <th scope="col" className={th}>
                    {t("common.report")}
                  </th>
                  <th scope="col" className={th}>
                    {t("common.organization")}
                  </th>
                  <th scope="col" className={th}>
                    {t("common.dueDate")}
                  </th>
                  <th scope="col" className={th}>
                    {t("common.status")}
                  </th>
                </tr>
              </thead>
              <tbody>
                {d.overdue.map((r) => (
                  <tr key={r.id} className="border-b border-gray-200">
                    <th scope="row" className={`${td} font-normal`}>
                      {reportLink(r)}
                    </th>
                    <td className={td}>{r.organization}</td>
                    <td className={td}>{day(r.dueDate, locale)}</td>
                    <td className={td}>{t(`statuses.${r.status}`)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </TableScroll>
        )}
      </section>

      <section aria-labelledby="tranches-h" className="mb-10">
        <h2 id="tranches-h" className="mb-3 text-2xl font-bold">
          {t("grants.tranchesHeading", { from: day(d.month.first, locale), to: day(d.month.last, locale) })}
        </h2>
        {d.tranchesDue.length === 0 ? (
          <p>{t("grants.empty")}</p>
        ) : (
          <TableScroll label={t("grants.tranchesCaption")}>
            <table className="w-full text-left">
              <caption className="mb-2 text-left font-semibold">{t("grants.tranchesCaption")}</caption>
              <thead>
                <tr className="border-b-2 border-gray-700">
                  <th scope="col" className={th}>
                    {t("common.contract")}
                  </th>
                  <th scope="col" className={th}>
                    {t("common.organization")}
                  </th>
                  <th scope="col" className={th}>
                    {t("common.dueDate")}
                  </th>
                  <th scope="col" className={`${th} text-right`}>
                    {t("common.amount")}
                  </th>
                  <th scope="col" className={th}>
                    {t("common.status")}
                  </th>
                </tr>
              </thead>
              <tbody>
                {d.tranchesDue.map((r) => (
                  <tr key={r.tranche.id} className="border-b border-gray-200">
                    <th scope="row" className={`${td} font-normal`}>
                      <Link href={`/admin/contracts/${r.tranche.contractId}/reports`} className="text-brand-700 underline">
                        {t("grants.contractReports", { number: r.number })}
                      </Link>
                    </th>
                    <td className={td}>{r.organization}</td>
                    <td className={td}>{day(r.tranche.dueDate, locale)}</td>
                    <td className={`${td} text-right tabular-nums`}>{m(r.tranche.amountGrosze)}</td>
                    <td className={td}>
                      {t(`trancheState.${r.state}`, { date: "", year: r.tranche.waitsForReportYear ?? r.tranche.year })}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </TableScroll>
        )}
      </section>

      <section aria-labelledby="money-h" className="mb-10">
        <h2 id="money-h" className="mb-3 text-2xl font-bold">
          {t("grants.moneyHeading")}
        </h2>
        <figure>
          <MoneyChart
            id="money-chart"
            title={t("grants.chartTitle")}
            rows={d.money.map((y) => ({
              year: y.year,
              values: series.map(([key, label]) => ({ key, label, value: y[key], display: m(y[key]) })),
            }))}
          />
          <TableScroll label={t("grants.moneyCaption")}>
            <table className="w-full max-w-3xl text-left">
              <caption className="mb-2 text-left font-semibold">{t("grants.moneyCaption")}</caption>
              <thead>
                <tr className="border-b-2 border-gray-700">
                  <th scope="col" className={th}>
                    {t("common.year")}
                  </th>
                  {series.map(([key, label]) => (
                    <th key={key} scope="col" className={`${th} text-right`}>
                      {label}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {d.money.map((y) => (
                  <tr key={y.year} className="border-b border-gray-200">
                    <th scope="row" className={`${td} font-normal`}>
                      {y.year}
                    </th>
                    {series.map(([key]) => (
                      <td key={key} className={`${td} text-right tabular-nums`} data-testid={`money-${y.year}-${key}`}>
                        {m(y[key])}
                      </td>
                    ))}
                  </tr>
                ))}
              </tbody>
            </table>
          </TableScroll>
        </figure>
        <p className="mt-4 font-semibold">{t("grants.outstanding", { amount: m(d.returnsOutstandingGrosze) })}</p>
      </section>
    </div>
  );
}
