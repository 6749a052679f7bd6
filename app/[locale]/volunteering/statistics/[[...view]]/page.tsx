import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { PageHeading } from "@/components/ui/PageHeading";
import { TableScroll } from "@/components/ui/TableScroll";
import type { Locale } from "@/lib/i18n/routing";
import { formatNumber } from "@/lib/i18n/format";
import { cachedVolunteeringStatistics } from "@/lib/volunteering/cache";
import { hoursLabel } from "@/lib/volunteering/rules";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("volunteering.statistics");
  return { title: t("title"), description: t("lead") };
}

/*
 * Served from Next's cache (tag "volunteering", at most an hour): an optional catch-all for one URL
 * keeps it out of the build (the database is not open then), as organizations/statistics; it is
 * rendered on its first visit and kept. Any extra path segment is a 404.
 */
export function generateStaticParams() {
  return [];
}
export const dynamicParams = true;
export const revalidate = 3600;

/**
 * Volunteering in numbers per task area and year (the query the cooperation programme's report
 * reads): a table, and for the latest year a bar chart of hours drawn with plain elements (its
 * numbers are in the table; the bars are hidden from screen readers).
 */
export default async function VolunteeringStatisticsPage({ params }: { params: Promise<{ locale: Locale; view?: string[] }> }) {
  const { locale, view } = await params;
  if (view && view.length > 0) notFound();
  setRequestLocale(locale);
  const [t, rows] = await Promise.all([getTranslations("volunteering.statistics"), cachedVolunteeringStatistics()]);
  const latest = rows[0]?.year;
  const chart = rows.filter((r) => r.year === latest && r.minutes > 0);
  const max = Math.max(1, ...chart.map((r) => r.minutes));
  const area = (r: { areaPl: string; areaEn: string }) => (locale === "en" ? r.areaEn : r.areaPl);
  return (
    <div>
      <PageHeading title={t("title")} lead={t("lead")} />
      {rows.length === 0 ? (
        <p>{t("none")}</p>
      ) : (
        <>
          {chart.length > 0 && (
            <section aria-labelledby="volunteering-chart" className="mb-8 max-w-3xl">
              <h2 id="volunteering-chart" className="mb-3 text-xl font-bold">
                {t("chart", { year: latest })}
              </h2>
              <ul className="space-y-2">
                {chart.map((r) => (
                  <li key={r.areaSlug}>
                    <span className="block text-sm">
                      {area(r)}: {hoursLabel(r.minutes, locale)}
                    </span>
                    <span
                      aria-hidden="true"
                      className="block h-4 bg-brand-600"
                      style={{ width: `${Math.max(2, (r.minutes / max) * 100)}%` }}
                    />
                  </li>
                ))}
              </ul>
            </section>
          )}
          <TableScroll label={t("title")}>
            <table className="w-full border-collapse text-left">
              <caption className="sr-only">{t("title")}</caption>
              <thead>
                <tr className="border-b-2 border-gray-700">
                  <th scope="col" className="p-2">
                    {t("year")}
                  </th>
                  <th scope="col" className="p-2">
                    {t("area")}
                  </th>
                  <th scope="col" className="p-2 text-right">
                    {t("volunteers")}
                  </th>
                  <th scope="col" className="p-2 text-right">
                    {t("engagements")}
                  </th>
                  <th scope="col" className="p-2 text-right">
                    {t("hours")}
                  </th>
                </tr>
              </thead>
              <tbody>
                {rows.map((r) => (
                  <tr key={`${r.year}:${r.areaSlug}`} className="border-b border-gray-200">
                    <td className="p-2">{r.year}</td>
                    <td className="p-2">{area(r)}</td>
                    <td className="p-2 text-right">{formatNumber(r.volunteers, locale)}</td>
                    <td className="p-2 text-right">{formatNumber(r.engagements, locale)}</td>
                    <td className="p-2 text-right">{hoursLabel(r.minutes, locale)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </TableScroll>
        </>
      )}
    </div>
  );
}
