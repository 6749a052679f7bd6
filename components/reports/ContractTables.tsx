import { getTranslations } from "next-intl/server";
import type { contractReporting } from "@/lib/reports/queries";
import { formatMoney } from "@/lib/i18n/format";
import { Link } from "@/lib/i18n/navigation";
import type { Locale } from "@/lib/i18n/routing";
import type { TrancheState } from "@/lib/reports/rules";
import { day, percent } from "./format";
import { ReturnsTables } from "./Returns";
import type { GrantReturnView } from "@/lib/reports/returns-store";
import { TableScroll } from "@/components/ui/TableScroll";

const th = "py-2 pr-4";
const td = "py-2 pr-4 align-top";

interface ReportRow {
  id: string;
  kind: "partial" | "final";
  year: number;
  periodStart: string;
  periodEnd: string;
  dueDate: string;
  status: "due" | "draft" | "submitted" | "returned" | "accepted";
  overdue: boolean;
  editable: boolean;
}

/** The contract's reports; links go to the organization's or the administrator's report page. */
export async function ReportsTable({
  reports,
  contractId,
  side,
  locale,
}: {
  reports: ReportRow[];
  contractId: string;
  side: "account" | "admin";
  locale: Locale;
}) {
  const t = await getTranslations("reports");
  if (!reports.length) return <p>{t("contract.noReports")}</p>;
  return (
    <TableScroll label={t("contract.reportsCaption")} className="mb-8">
      <table className="w-full text-left">
        <caption className="mb-2 text-left font-semibold">{t("contract.reportsCaption")}</caption>
        <thead>
          <tr className="border-b-2 border-gray-700">
            <th scope="col" className={th}>
              {t("common.report")}
            </th>
            <th scope="col" className={th}>
              {t("common.period")}
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
          {reports.map((r) => {
            const name = t(`kindTitle.${r.kind}`, { year: r.year });
            const action = side === "account" ? (r.editable ? "write" : "view") : r.status === "submitted" ? "decide" : "view";
            return (
              <tr key={r.id} className="border-b border-gray-200">
                <th scope="row" className={`${td} font-normal`}>
                  <Link href={`/${side}/contracts/${contractId}/reports/${r.id}`} className="text-brand-700 underline">
                    {t(`contract.${action}`, { report: name })}
                  </Link>
                </th>
                <td className={td}>
                  {day(r.periodStart, locale)} – {day(r.periodEnd, locale)}
                </td>
                <td className={td}>
                  {day(r.dueDate, locale)}
                  {r.overdue && <strong className="ml-2 rounded bg-red-100 px-2 text-sm text-red-900">{t("overdue")}</strong>}
                </td>
                <td className={td} data-testid={`report-status-${r.kind}-${r.year}`}>
                  {t(`statuses.${r.status}`)}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </TableScroll>
  );
}

interface TrancheRow {
  id: string;
  year: number;
  dueDate: string;
  amountGrosze: number;
  paidOn: string | null;
  paidGrosze: number | null;
  waitsForReportYear: number | null;
  state: TrancheState;
}

export async function TranchesTable({ tranches, locale }: { tranches: TrancheRow[]; locale: Locale }) {
  const t = await getTranslations("reports");
  if (!tranches.length) return <p className="mb-8">{t("contract.noTranches")}</p>;
  return (
    <TableScroll label={t("contract.tranchesCaption")} className="mb-8">
      <table className="w-full text-left">
        <caption className="mb-2 text-left font-semibold">{t("contract.tranchesCaption")}</caption>
        <thead>
          <tr className="border-b-2 border-gray-700">
            <th scope="col" className={th}>
              {t("common.tranche")}
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
          {tranches.map((tr, i) => (
            <tr key={tr.id} className="border-b border-gray-200">
              <th scope="row" className={`${td} font-normal`}>
                {i + 1} ({tr.year})
              </th>
              <td className={td}>{day(tr.dueDate, locale)}</td>
              <td className={`${td} text-right tabular-nums whitespace-nowrap`}>{formatMoney(tr.paidGrosze ?? tr.amountGrosze, locale)}</td>
              <td className={td} data-testid={`tranche-${tr.year}-${i}`}>
                {t(`trancheState.${tr.state}`, { date: day(tr.paidOn, locale), year: tr.waitsForReportYear ?? tr.year })}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
}

type Settlement = NonNullable<NonNullable<Awaited<ReturnType<typeof contractReporting>>>["settlement"]>;

/** The settlement: amounts, the lines with the tolerance, the returns with their payments and interest. */
export async function SettlementView({
  settlement,
  returns,
  stillOwedGrosze,
  today,
  locale,
}: {
  settlement: Settlement | null;
  returns: GrantReturnView[];
  stillOwedGrosze: number;
  today: string;
  locale: Locale;
}) {
  const t = await getTranslations("reports");
  // a terminated contract's returns come from the settlement on termination, without a final report
  if (!settlement)
    return returns.length ? (
      <ReturnsTables returns={returns} today={today} locale={locale} />
    ) : (
      <p className="mb-8">{t("settlement.none")}</p>
    );
  const m = (v: number) => formatMoney(v, locale);
  const rows: [string, string, string][] = [
    ["granted", t("settlement.granted"), m(settlement.grantedGrosze)],
    ["paid", t("settlement.paid"), m(settlement.paidGrosze)],
    ["spent", t("settlement.spent"), m(settlement.grantSpentGrosze)],
    ["used", t("settlement.used"), m(settlement.grantUsedGrosze)],
    ["unused", t("settlement.unused"), m(settlement.unusedGrosze)],
    [
      "overTolerance",
      t("settlement.overTolerance", { percent: percent(settlement.toleranceBp, locale) }),
      m(settlement.overToleranceGrosze),
    ],
    ["toReturn", t("settlement.toReturn"), m(settlement.toReturnGrosze)],
    ["returned", t("settlement.returned"), m(settlement.returnedGrosze)],
    ["remaining", t("settlement.remaining", { date: day(today, locale) }), m(stillOwedGrosze)],
  ];
  if (settlement.stillToPayGrosze > 0) rows.splice(4, 0, ["stillToPay", t("settlement.stillToPay"), m(settlement.stillToPayGrosze)]);
  return (
    <div className="mb-8">
      {settlement.settledOn && (
        <p className="mb-4 border-l-4 border-green-700 bg-green-50 p-3 font-semibold" data-testid="settled">
          {settlement.toReturnGrosze === 0
            ? t("settlement.nothingToReturn")
            : t("settlement.settledOn", { date: day(settlement.settledOn, locale) })}
        </p>
      )}
      <TableScroll label={t("settlement.caption")} className="mb-6">
        <table className="w-full max-w-2xl text-left">
          <caption className="mb-2 text-left font-semibold">{t("settlement.caption")}</caption>
          <tbody>
            {rows.map(([key, label, value]) => (
              <tr key={key} className="border-b border-gray-200">
                <th scope="row" className={`${td} font-normal`}>
                  {label}
                </th>
                <td className={`${td} text-right tabular-nums whitespace-nowrap`} data-testid={`settlement-${key}`}>
                  {value}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableScroll>
      <TableScroll label={t("settlement.linesCaption")} className="mb-6">
        <table className="w-full text-left text-sm">
          <caption className="mb-2 text-left font-semibold">{t("settlement.linesCaption")}</caption>
          <thead>
            <tr className="border-b-2 border-gray-700">
              <th scope="col" className={th}>
                {t("f.costLine")}
              </th>
              <th scope="col" className={`${th} text-right`}>
                {t("f.plannedTotal")}
              </th>
              <th scope="col" className={`${th} text-right`}>
                {t("f.plannedGrant")}
              </th>
              <th scope="col" className={`${th} text-right`}>
                {t("settlement.allowed")}
              </th>
              <th scope="col" className={`${th} text-right`}>
                {t("f.actualGrantHeader")}
              </th>
              <th scope="col" className={`${th} text-right`}>
                {t("settlement.overTolerance", { percent: percent(settlement.toleranceBp, locale) })}
              </th>
            </tr>
          </thead>
          <tbody>
            {settlement.lines.map((l) => (
              <tr key={l.lineId} className="border-b border-gray-200">
                <th scope="row" className={`${td} font-normal`}>
                  {l.name} ({l.year})
                </th>
                <td className={`${td} text-right tabular-nums`}>{l.plannedTotalGrosze === undefined ? "—" : m(l.plannedTotalGrosze)}</td>
                <td className={`${td} text-right tabular-nums`}>{m(l.plannedGrantGrosze)}</td>
                <td className={`${td} text-right tabular-nums`}>{m(l.allowedGrantGrosze)}</td>
                <td className={`${td} text-right tabular-nums`}>{m(l.actualGrantGrosze)}</td>
                <td className={`${td} text-right tabular-nums`}>{m(l.overToleranceGrosze)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableScroll>
      <ReturnsTables returns={returns} today={today} locale={locale} />
    </div>
  );
}
