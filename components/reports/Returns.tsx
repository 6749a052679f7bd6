import { getTranslations } from "next-intl/server";
import { formatMoney } from "@/lib/i18n/format";
import type { Locale } from "@/lib/i18n/routing";
import type { InterestResult } from "@/lib/reports/interest";
import type { GrantReturnView } from "@/lib/reports/returns-store";
import { day, percent } from "./format";
import { TableScroll } from "@/components/ui/TableScroll";

const th = "py-2 pr-4";
const td = "py-2 pr-4 align-top";
const num = `${td} text-right tabular-nums whitespace-nowrap`;

/** "18 dni × 11,5 %; 12 dni × 11 % = 4,64 zł → 5 zł": how the interest was counted, to check by hand. */
export async function InterestWorking({ interest, baseGrosze, locale }: { interest: InterestResult; baseGrosze: number; locale: Locale }) {
  const t = await getTranslations("reports.returns");
  if (!interest.spans.length) return <>{t("noInterest")}</>;
  const spans = interest.spans
    .map((s) => t("span", { from: day(s.from, locale), to: day(s.to, locale), days: s.days, rate: percent(s.rateBp, locale) }))
    .join("; ");
  return (
    <>
      {t("working", {
        base: formatMoney(baseGrosze, locale),
        spans,
        exact: formatMoney(Math.round(Number(interest.exactGrosze)), locale),
        rounded: formatMoney(interest.roundedGrosze, locale),
      })}
      {interest.uncoveredDays > 0 && <strong className="block text-red-900">{t("rateMissing", { days: interest.uncoveredDays })}</strong>}
    </>
  );
}

/** A contract's returns (kind, legal basis, amount, dates, interest, still owed) and every payment with its interest. */
export async function ReturnsTables({ returns, today, locale }: { returns: GrantReturnView[]; today: string; locale: Locale }) {
  const t = await getTranslations("reports.returns");
  if (!returns.length) return null;
  const m = (v: number) => formatMoney(v, locale);
  const key = (r: GrantReturnView) => `${r.kind}-${r.year}`;
  const payments = returns.flatMap((r) => r.account.payments.map((p, i) => ({ r, p, i })));
  return (
    <div className="mb-8">
      <TableScroll label={t("caption", { date: day(today, locale) })} className="mb-6">
        <table className="w-full text-left text-sm">
          <caption className="mb-2 text-left font-semibold">{t("caption", { date: day(today, locale) })}</caption>
          <thead>
            <tr className="border-b-2 border-gray-700">
              <th scope="col" className={th}>
                {t("return")}
              </th>
              <th scope="col" className={`${th} text-right`}>
                {t("amount")}
              </th>
              <th scope="col" className={th}>
                {t("dueDate")}
              </th>
              <th scope="col" className={th}>
                {t("interestFrom")}
              </th>
              <th scope="col" className={`${th} text-right`}>
                {t("principalPaid")}
              </th>
              <th scope="col" className={`${th} text-right`}>
                {t("interestPaid")}
              </th>
              <th scope="col" className={`${th} text-right`}>
                {t("interestToDate")}
              </th>
              <th scope="col" className={`${th} text-right`}>
                {t("stillOwed")}
              </th>
            </tr>
          </thead>
          <tbody>
            {returns.map((r) => (
              <tr key={r.id} className="border-b border-gray-200" data-testid={`return-${key(r)}`}>
                <th scope="row" className={`${td} font-normal`}>
                  <span className="font-semibold">{t(`kinds.${r.kind}`, { year: r.year })}</span>
                  <span className="block">{t(`bases.${r.basis}`)}</span>
                  {r.foundOn && <span className="block">{t("foundOn", { date: day(r.foundOn, locale) })}</span>}
                </th>
                <td className={num} data-testid={`return-${key(r)}-amount`}>
                  {m(r.amountGrosze)}
                </td>
                <td className={td} data-testid={`return-${key(r)}-due`}>
                  {day(r.dueDate, locale)}
                  {r.account.overdue && <strong className="ml-2 rounded bg-red-100 px-2 text-red-900">{t("overdue")}</strong>}
                  {r.statutoryDueDate !== r.dueDate && (
                    <span className="block text-xs" data-testid={`return-${key(r)}-movedFrom`}>
                      {t("movedFrom", { date: day(r.statutoryDueDate, locale) })}
                    </span>
                  )}
                </td>
                <td className={td} data-testid={`return-${key(r)}-interestFrom`}>
                  {day(r.interestFrom, locale)}
                </td>
                <td className={num}>{m(r.account.principalPaidGrosze)}</td>
                <td className={num}>{m(r.account.interestPaidGrosze)}</td>
                <td className={num} data-testid={`return-${key(r)}-interestToDate`}>
                  {m(r.account.interestToDate.roundedGrosze)}
                </td>
                <td className={`${num} font-semibold`} data-testid={`return-${key(r)}-stillOwed`}>
                  {m(r.account.stillOwedGrosze)}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableScroll>
      <h3 className="mb-2 text-lg font-bold">{t("workingHeading")}</h3>
      <ul className="mb-6 list-disc pl-6 text-sm">
        {returns
          .filter((r) => r.account.principalOwedGrosze > 0)
          .map((r) => (
            <li key={r.id} data-testid={`return-${key(r)}-working`}>
              {t(`kinds.${r.kind}`, { year: r.year })}:{" "}
              <InterestWorking interest={r.account.interestToDate} baseGrosze={r.account.principalOwedGrosze} locale={locale} />
            </li>
          ))}
      </ul>
      {payments.length > 0 && (
        <TableScroll label={t("paymentsCaption")}>
          <table className="w-full text-left text-sm">
            <caption className="mb-2 text-left font-semibold">{t("paymentsCaption")}</caption>
            <thead>
              <tr className="border-b-2 border-gray-700">
                <th scope="col" className={th}>
                  {t("paidOn")}
                </th>
                <th scope="col" className={th}>
                  {t("return")}
                </th>
                <th scope="col" className={`${th} text-right`}>
                  {t("paid")}
                </th>
                <th scope="col" className={`${th} text-right`}>
                  {t("principal")}
                </th>
                <th scope="col" className={`${th} text-right`}>
                  {t("interest")}
                </th>
                <th scope="col" className={th}>
                  {t("how")}
                </th>
              </tr>
            </thead>
            <tbody>
              {payments.map(({ r, p, i }) => (
                <tr key={`${r.id}-${i}`} className="border-b border-gray-200" data-testid={`payment-${key(r)}-${i}`}>
                  <th scope="row" className={`${td} font-normal whitespace-nowrap`}>
                    {day(p.paidOn, locale)}
                  </th>
                  <td className={td}>{t(`kinds.${r.kind}`, { year: r.year })}</td>
                  <td className={num}>{m(p.amountGrosze)}</td>
                  <td className={num}>{m(p.principalGrosze)}</td>
                  <td className={num}>{m(p.interestGrosze)}</td>
                  <td className={td}>
                    <InterestWorking interest={p.interest} baseGrosze={p.interestBaseGrosze} locale={locale} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      )}
    </div>
  );
}
