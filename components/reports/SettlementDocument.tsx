import { getTranslations } from "next-intl/server";
import { PrintButton } from "@/components/ui/PrintButton";
import { formatMoney } from "@/lib/i18n/format";
import type { Locale } from "@/lib/i18n/routing";
import type { contractReporting } from "@/lib/reports/queries";
import { day, percent } from "./format";
import { ReturnsTables } from "./Returns";
import { TableScroll } from "@/components/ui/TableScroll";

type Reporting = NonNullable<Awaited<ReturnType<typeof contractReporting>>>;

const cell = "border border-gray-400 px-2 py-1";
const num = `${cell} text-right tabular-nums whitespace-nowrap`;

/**
 * The settlement of a contract as a document a finance officer checks by hand: per budget year the
 * grant, the tranches, the spending and what comes back; each return with its legal basis, dates,
 * payments and interest (the days at each rate); the rate periods used. Prints on A4 like the contract.
 */
export async function SettlementDocument({ data, locale }: { data: Reporting; locale: Locale }) {
  const t = await getTranslations("reports");
  const m = (v: number) => formatMoney(v, locale);
  const { contract, settlement } = data;
  const years = data.years.map((y) => {
    const lines = settlement?.lines.filter((l) => l.year === y.year) ?? [];
    const paid = data.tranches.filter((tr) => tr.year === y.year && tr.paidOn).reduce((s, tr) => s + (tr.paidGrosze ?? 0), 0);
    const unused = data.returns.find((r) => r.year === y.year && r.kind === "unused")?.amountGrosze ?? 0;
    return {
      year: y.year,
      granted: y.grantGrosze,
      paid,
      spent: lines.reduce((s, l) => s + l.actualGrantGrosze, 0),
      beyond: lines.reduce((s, l) => s + l.overToleranceGrosze, 0),
      unused,
    };
  });
  // the rate periods the interest spans can touch: from the earliest first day of interest to today
  const earliest = data.returns.map((r) => r.interestFrom).sort()[0];
  const usedRates = earliest
    ? data.rates.filter((r, i) => (data.rates[i + 1]?.effectiveFrom ?? "9999") > earliest && r.effectiveFrom <= data.today)
    : [];
  return (
    <article className="mx-auto max-w-4xl print:max-w-none print:text-[10pt]">
      <p className="mb-4 print:hidden">
        <PrintButton label={t("settlementPrint.print")} />
      </p>
      <header className="mb-6 text-center">
        <h1 className="text-xl font-bold">{t("settlementPrint.heading", { number: contract.number })}</h1>
        <p className="font-semibold">{contract.title}</p>
        <p>{data.parties.map((p) => p.name).join("; ")}</p>
        <p className="text-sm">
          {t("settlementPrint.period", { start: day(contract.startDate, locale), end: day(contract.endDate, locale) })}
          {contract.terminatedOn && ` — ${t("settlementPrint.terminated", { date: day(contract.terminatedOn, locale) })}`}
        </p>
        <p className="text-sm">{t("settlementPrint.asOf", { date: day(data.today, locale) })}</p>
      </header>
      {!settlement && !data.returns.length ? (
        <p>{t("settlement.none")}</p>
      ) : (
        <>
          {settlement && (
            <TableScroll label={t("settlementPrint.yearsCaption", { percent: percent(settlement.toleranceBp, locale) })} className="mb-6">
              <table className="w-full border-collapse text-left text-sm">
                <caption className="mb-1 text-left font-semibold">
                  {t("settlementPrint.yearsCaption", { percent: percent(settlement.toleranceBp, locale) })}
                </caption>
                <thead>
                  <tr>
                    <th scope="col" className={cell}>
                      {t("settlementPrint.year")}
                    </th>
                    <th scope="col" className={cell}>
                      {t("settlement.granted")}
                    </th>
                    <th scope="col" className={cell}>
                      {t("settlement.paid")}
                    </th>
                    <th scope="col" className={cell}>
                      {t("settlement.spent")}
                    </th>
                    <th scope="col" className={cell}>
                      {t("settlementPrint.beyond")}
                    </th>
                    <th scope="col" className={cell}>
                      {t("settlement.unused")}
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {years.map((y) => (
                    <tr key={y.year} data-testid={`print-year-${y.year}`}>
                      <th scope="row" className={`${cell} font-normal`}>
                        {y.year}
                      </th>
                      <td className={num}>{m(y.granted)}</td>
                      <td className={num}>{m(y.paid)}</td>
                      <td className={num}>{m(y.spent)}</td>
                      <td className={num}>{m(y.beyond)}</td>
                      <td className={num}>{m(y.unused)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </TableScroll>
          )}
          <h2 className="mb-2 text-lg font-bold">{t("settlementPrint.returnsHeading")}</h2>
          {data.returns.length ? (
            <ReturnsTables returns={data.returns} today={data.today} locale={locale} />
          ) : (
            <p className="mb-6">{t("settlement.nothingToReturn")}</p>
          )}
          <p className="mb-4 font-semibold" data-testid="print-still-owed">
            {t("settlementPrint.stillOwed", { amount: m(data.returnTotals.stillOwedGrosze), date: day(data.today, locale) })}
          </p>
          {usedRates.length > 0 && (
            <TableScroll label={t("settlementPrint.ratesCaption")} className="mb-6">
              <table className="w-full max-w-xl border-collapse text-left text-sm">
                <caption className="mb-1 text-left font-semibold">{t("settlementPrint.ratesCaption")}</caption>
                <thead>
                  <tr>
                    <th scope="col" className={cell}>
                      {t("settlementPrint.rateFrom")}
                    </th>
                    <th scope="col" className={cell}>
                      {t("settlementPrint.rate")}
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {usedRates.map((r) => (
                    <tr key={r.effectiveFrom}>
                      <th scope="row" className={`${cell} font-normal`}>
                        {day(r.effectiveFrom, locale)}
                      </th>
                      <td className={num}>{percent(r.rateBp, locale)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </TableScroll>
          )}
          <section className="text-sm">
            <h2 className="mb-1 font-bold">{t("settlementPrint.rulesHeading")}</h2>
            <ul className="list-disc pl-6">
              {(["art251", "art252", "interest", "rounding", "payments"] as const).map((k) => (
                <li key={k}>{t(`settlementPrint.rules.${k}`)}</li>
              ))}
            </ul>
          </section>
        </>
      )}
    </article>
  );
}
