import { getTranslations } from "next-intl/server";
import { formatNumber } from "@/lib/i18n/format";
import type { Locale } from "@/lib/i18n/routing";

/*
 * The figures the home page used to show, as history: the city's presentation of 10 December 2014
 * (reference/seed-bialystok-ngo-cooperation-2014.txt, slides 4 and 10). Fixed numbers, not from the database.
 */
const organizations2014 = { ngos: 843, foundations: 161, associations: 493, branches: 144, ordinary: 45, sports: 195, opp: 104 };
const grants2013 = 562;

export async function History({ locale }: { locale: Locale }) {
  const t = await getTranslations("stats.history");
  const rows: { key: string; label: string; value: string; part?: boolean }[] = [
    { key: "ngos", label: t("ngos"), value: formatNumber(organizations2014.ngos, locale) },
    ...(["foundations", "associations", "branches", "ordinary"] as const).map((key) => ({
      key,
      label: t(key),
      value: formatNumber(organizations2014[key], locale),
      part: true,
    })),
    { key: "sports", label: t("sports"), value: formatNumber(organizations2014.sports, locale) },
    { key: "opp", label: t("opp"), value: formatNumber(organizations2014.opp, locale) },
    { key: "grants", label: t("grants"), value: formatNumber(grants2013, locale) },
    { key: "grantsAmount", label: t("grantsAmount"), value: t("grantsAmountValue") },
  ];
  return (
    <section aria-labelledby="stats-history" className="mb-10 max-w-3xl">
      <h2 id="stats-history" className="mb-2 text-2xl font-bold">
        {t("heading")}
      </h2>
      <p className="mb-4 text-muted">{t("lead")}</p>
      <table className="w-full text-left">
        <caption className="mb-2 text-left font-semibold">{t("caption")}</caption>
        <thead>
          <tr className="border-b-2 border-gray-700">
            <th scope="col" className="py-2 pr-4">
              {t("what")}
            </th>
            <th scope="col" className="py-2 text-right">
              {t("value")}
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.key} className="border-b border-gray-200">
              <th scope="row" className={`py-2 pr-4 font-normal ${row.part ? "pl-6" : ""}`}>
                {row.label}
              </th>
              <td className="py-2 text-right tabular-nums">{row.value}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
