import { getTranslations } from "next-intl/server";
import type { ContractView } from "@/lib/contracts/queries";
import type { Locale } from "@/lib/i18n/routing";
import { day, money } from "./format";
import { TableScroll } from "@/components/ui/TableScroll";

type Tranche = ContractView["tranches"][number];

/** The payment schedule; the administrator's page adds controls per unpaid tranche (`controls`). */
export async function Tranches({
  view,
  locale,
  controls,
}: {
  view: ContractView;
  locale: Locale;
  controls?: (tranche: Tranche) => React.ReactNode;
}) {
  const t = await getTranslations("contracts");
  return (
    <section aria-labelledby="contract-tranches" className="mb-8">
      <h2 id="contract-tranches" className="mb-2 text-xl font-bold">
        {t("view.tranches")}
      </h2>
      {view.firstTrancheDeadline && (
        <p className="mb-2">{t("view.firstTrancheDeadline", { date: day(view.firstTrancheDeadline, locale) })}</p>
      )}
      {view.tranches.length === 0 ? (
        <p className="mb-2">{t("view.noTranches")}</p>
      ) : (
        <TableScroll label={t("view.tranches")}>
          <table className="w-full border-collapse text-left text-sm">
            <caption className="sr-only">{t("view.tranches")}</caption>
            <thead>
              <tr className="border-b-2 border-gray-700">
                <th scope="col" className="py-1 pr-2">
                  {t("fields.year")}
                </th>
                <th scope="col" className="py-1 pr-2">
                  {t("view.due")}
                </th>
                <th scope="col" className="py-1 pr-2 text-right">
                  {t("admin.amount")}
                </th>
                <th scope="col" className="py-1 pr-2">
                  {t("view.paid")}
                </th>
                {controls && (
                  <th scope="col" className="py-1 pr-2">
                    {t("admin.actions")}
                  </th>
                )}
              </tr>
            </thead>
            <tbody>
              {view.tranches.map((tr) => (
                <tr key={tr.id} className="border-b border-gray-200 align-top" data-testid="tranche">
                  <td className="py-1 pr-2">{tr.year}</td>
                  <td className="py-1 pr-2">{day(tr.dueDate, locale)}</td>
                  <td className="py-1 pr-2 text-right">{money(tr.amountGrosze, locale)}</td>
                  <td className="py-1 pr-2">
                    {tr.paidOn ? (
                      <span>
                        <span aria-hidden="true">✓ </span>
                        {day(tr.paidOn, locale)} — {money(tr.paidGrosze ?? 0, locale)}
                      </span>
                    ) : tr.held ? (
                      <strong>{t("view.held", { year: tr.waitsForReportYear ?? 0 })}</strong>
                    ) : (
                      <span>
                        {t("view.notPaid")}
                        {tr.waitsForReportYear ? ` (${t("view.waitsFor", { year: tr.waitsForReportYear })})` : ""}
                      </span>
                    )}
                  </td>
                  {controls && <td className="py-1 pr-2">{!tr.paidOn && controls(tr)}</td>}
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      )}
      <ul className="mt-2 text-sm text-muted">
        {view.unscheduled
          .filter((u) => u.leftGrosze > 0)
          .map((u) => (
            <li key={u.year}>{t("view.unscheduled", { year: u.year, amount: money(u.leftGrosze, locale) })}</li>
          ))}
      </ul>
    </section>
  );
}
