import { getTranslations, setRequestLocale } from "next-intl/server";
import { percent, day } from "@/components/reports/format";
import { Notice } from "@/components/ui/Notice";
import { PageHeading } from "@/components/ui/PageHeading";
import { requirePermission } from "@/lib/auth/session";
import { getDb } from "@/lib/db/client";
import { addDays } from "@/lib/dates/warsaw";
import { Link } from "@/lib/i18n/navigation";
import type { Locale } from "@/lib/i18n/routing";
import { taxArrearsRateList } from "@/lib/reports/rates";
import { RateForm } from "./RateForm";
import { TableScroll } from "@/components/ui/TableScroll";

/** The tax-arrears rate periods (a dated setting) the interest on late returns is counted with. */
export default async function TaxArrearsRatesPage({
  params,
  searchParams,
}: {
  params: Promise<{ locale: Locale }>;
  searchParams: Promise<{ added?: string }>;
}) {
  const { locale } = await params;
  const { added } = await searchParams;
  setRequestLocale(locale);
  const principal = await requirePermission(locale, "settlement.rates", {}, "/admin/grants/rates");
  const t = await getTranslations("reports.rates");
  const rates = await taxArrearsRateList(await getDb(), principal);
  return (
    <div>
      <p className="mb-3">
        <Link href="/admin/grants" className="text-brand-700 underline">
          {t("back")}
        </Link>
      </p>
      <PageHeading title={t("title")} lead={t("lead")} />
      {added && <Notice tone="success">{t("added")}</Notice>}
      <TableScroll label={t("caption")} className="mb-8">
        <table className="w-full text-left text-sm">
          <caption className="mb-2 text-left font-semibold">{t("caption")}</caption>
          <thead>
            <tr className="border-b-2 border-gray-700">
              <th scope="col" className="py-2 pr-3">
                {t("period")}
              </th>
              <th scope="col" className="py-2 pr-3 text-right">
                {t("lombard")}
              </th>
              <th scope="col" className="py-2 pr-3 text-right">
                {t("rate")}
              </th>
              <th scope="col" className="py-2 pr-3">
                {t("source")}
              </th>
            </tr>
          </thead>
          <tbody>
            {rates.map((r, i) => {
              const next = rates[i + 1];
              return (
                <tr key={r.effectiveFrom} className="border-b border-gray-200">
                  <th scope="row" className="py-2 pr-3 font-normal">
                    {day(r.effectiveFrom, locale)} — {next ? day(addDays(next.effectiveFrom, -1), locale) : t("onwards")}
                  </th>
                  <td className="py-2 pr-3 text-right tabular-nums">{percent(r.lombardBp, locale)}</td>
                  <td className="py-2 pr-3 text-right tabular-nums" data-testid={`rate-${r.effectiveFrom}`}>
                    {percent(r.rateBp, locale)}
                  </td>
                  <td className="py-2 pr-3">{r.source}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </TableScroll>
      <RateForm />
    </div>
  );
}
