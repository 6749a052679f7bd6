import { getTranslations } from "next-intl/server";
import type { BudgetUpdateComparison as Comparison } from "@/lib/budget-updates/queries";
import type { LineSide as LineSideView } from "@/lib/budget-updates/rules";
import { formatMoney, formatNumber } from "@/lib/i18n/format";
import type { Locale } from "@/lib/i18n/routing";
import { TableScroll } from "@/components/ui/TableScroll";

const changeStyles = {
  same: "",
  changed: "bg-yellow-50",
  added: "bg-green-50",
  removed: "bg-red-50",
} as const;

/**
 * The original offer beside its updated budget and schedule (for the city deciding it, and for the
 * organization after sending it): every cost line before and after, the totals, schedule and results.
 */
export async function BudgetUpdateComparison({ comparison, locale }: { comparison: Comparison; locale: Locale }) {
  const t = await getTranslations({ locale, namespace: "budgetUpdate.compare" });
  const side = (s: LineSideView | null) =>
    s
      ? t("lineValue", {
          units: formatNumber(s.units / 100, locale),
          unit: s.unit,
          unitCost: formatMoney(s.unitCostGrosze, locale),
          total: formatMoney(s.totalGrosze, locale),
        })
      : t("empty");
  const signed = (grosze: number) => (grosze > 0 ? `+${formatMoney(grosze, locale)}` : formatMoney(grosze, locale));
  const th = "py-2 pr-3";
  return (
    <section aria-labelledby="compare-title" className="mb-10">
      <h2 id="compare-title" className="mb-4 text-2xl font-bold">
        {t("title")}
      </h2>
      <TableScroll label={t("lines")} className="mb-6">
        <table className="w-full border-collapse text-left text-sm" data-testid="compare-lines">
          <caption className="mb-2 text-left text-lg font-semibold">{t("lines")}</caption>
          <thead>
            <tr className="border-b-2 border-gray-700">
              <th scope="col" className={th}>
                {t("position")}
              </th>
              <th scope="col" className={th}>
                {t("before")}
              </th>
              <th scope="col" className={th}>
                {t("after")}
              </th>
              <th scope="col" className={th}>
                {t("change")}
              </th>
            </tr>
          </thead>
          <tbody>
            {comparison.lines.map((l, i) => (
              <tr key={i} className={`border-b border-gray-200 align-top ${changeStyles[l.change]}`}>
                <th scope="row" className={`${th} font-normal`}>
                  {l.name} ({l.year}){l.kind === "admin" ? `, ${t("kindAdmin")}` : ""}
                </th>
                <td className={th}>{side(l.before)}</td>
                <td className={th}>{side(l.after)}</td>
                <td className={`${th} font-semibold`}>{t(`changes.${l.change}`)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableScroll>
      <TableScroll label={t("totals")} className="mb-6">
        <table className="w-full max-w-3xl border-collapse text-left text-sm" data-testid="compare-totals">
          <caption className="mb-2 text-left text-lg font-semibold">{t("totals")}</caption>
          <thead>
            <tr className="border-b-2 border-gray-700">
              <th scope="col" className={th}>
                <span className="sr-only">{t("position")}</span>
              </th>
              <th scope="col" className={`${th} text-right`}>
                {t("before")}
              </th>
              <th scope="col" className={`${th} text-right`}>
                {t("after")}
              </th>
              <th scope="col" className={`${th} text-right`}>
                {t("difference")}
              </th>
            </tr>
          </thead>
          <tbody>
            {comparison.totals.map((row) => (
              <tr key={row.key} className={`border-b border-gray-200 ${row.key === "totalCost" ? "font-bold" : ""}`}>
                <th scope="row" className={`${th} font-normal`}>
                  {t(`totalKeys.${row.key}`)}
                </th>
                <td className={`${th} text-right whitespace-nowrap`}>{formatMoney(row.before, locale)}</td>
                <td className={`${th} text-right whitespace-nowrap`} data-testid={`after-${row.key}`}>
                  {formatMoney(row.after, locale)}
                </td>
                <td className={`${th} text-right whitespace-nowrap`}>{row.difference === 0 ? "—" : signed(row.difference)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableScroll>
      <div className="grid gap-6 md:grid-cols-2">
        <BeforeAfter
          title={t("schedule")}
          labels={{ before: t("before"), after: t("after") }}
          before={comparison.schedule.before.map((s) => t("scheduleRow", { action: s.action, from: s.from || "—", to: s.to || "—" }))}
          after={comparison.schedule.after.map((s) => t("scheduleRow", { action: s.action, from: s.from || "—", to: s.to || "—" }))}
        />
        <BeforeAfter
          title={t("results")}
          labels={{ before: t("before"), after: t("after") }}
          before={comparison.results.before.map((r) => t("resultRow", { name: r.name, target: r.target, measure: r.measure || "—" }))}
          after={comparison.results.after.map((r) => t("resultRow", { name: r.name, target: r.target, measure: r.measure || "—" }))}
        />
      </div>
    </section>
  );
}

function BeforeAfter({
  title,
  labels,
  before,
  after,
}: {
  title: string;
  labels: { before: string; after: string };
  before: string[];
  after: string[];
}) {
  return (
    <div>
      <h3 className="mb-2 text-lg font-semibold">{title}</h3>
      <h4 className="font-semibold">{labels.before}</h4>
      <ul className="mb-3 list-disc pl-6">
        {before.map((row, i) => (
          <li key={i}>{row}</li>
        ))}
      </ul>
      <h4 className="font-semibold">{labels.after}</h4>
      <ul className="list-disc pl-6">
        {after.map((row, i) => (
          <li key={i}>{row}</li>
        ))}
      </ul>
    </div>
  );
}
