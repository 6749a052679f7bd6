import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { PageHeading } from "@/components/ui/PageHeading";
import { TableScroll } from "@/components/ui/TableScroll";
import { requirePermission } from "@/lib/auth/session";
import { getDb } from "@/lib/db/client";
import { formatNumber } from "@/lib/i18n/format";
import { Link } from "@/lib/i18n/navigation";
import type { Locale } from "@/lib/i18n/routing";
import { eventStatistics } from "@/lib/meetings/queries";

export async function generateMetadata({ params }: { params: Promise<{ locale: Locale }> }): Promise<Metadata> {
  const { locale } = await params;
  return { title: (await getTranslations({ locale, namespace: "centreEvents.statistics" }))("title") };
}

/** Staff: events, participants, present and organizations per year and type (for the cooperation programme's report). */
export default async function EventStatisticsPage({ params }: { params: Promise<{ locale: Locale }> }) {
  const { locale } = await params;
  setRequestLocale(locale);
  await requirePermission(locale, "meeting.manage", {}, "/admin/meetings/statistics");
  const { byType, byYear } = await eventStatistics(await getDb());
  const t = await getTranslations("centreEvents.statistics");
  const k = await getTranslations("participation.meetings.kinds");
  return (
    <div>
      <p className="mb-2">
        <Link href="/admin/meetings" className="text-brand-600 underline">
          {t("back")}
        </Link>
      </p>
      <PageHeading title={t("title")} lead={t("lead")} />
      {byYear.length === 0 && <p>{t("none")}</p>}
      {byYear.map((total) => {
        const year = total.year;
        const ofYear = byType.filter((r) => r.year === year);
        return (
          <section key={year} aria-labelledby={`year-${year}`} className="mb-8">
            <h2 id={`year-${year}`} className="mb-2 text-xl font-bold">
              {year}
            </h2>
            <TableScroll labelledBy={`year-${year}`}>
              <table className="w-full text-left text-sm">
                <thead>
                  <tr className="border-b-2 border-gray-700">
                    <th scope="col" className="py-2 pr-3">
                      {t("type")}
                    </th>
                    <th scope="col" className="py-2 pr-3 text-right">
                      {t("events")}
                    </th>
                    <th scope="col" className="py-2 pr-3 text-right">
                      {t("registered")}
                    </th>
                    <th scope="col" className="py-2 pr-3 text-right">
                      {t("present")}
                    </th>
                    <th scope="col" className="py-2 text-right">
                      {t("organizations")}
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {ofYear.map((r) => (
                    <tr key={r.kind} className="border-b border-gray-200">
                      <th scope="row" className="py-2 pr-3 font-normal">
                        {k(r.kind)}
                      </th>
                      <td className="py-2 pr-3 text-right">{formatNumber(r.events, locale)}</td>
                      <td className="py-2 pr-3 text-right">{formatNumber(r.registered, locale)}</td>
                      <td className="py-2 pr-3 text-right">{formatNumber(r.present, locale)}</td>
                      <td className="py-2 text-right">{formatNumber(r.organizations, locale)}</td>
                    </tr>
                  ))}
                </tbody>
                <tfoot>
                  <tr className="border-t-2 border-gray-700 font-bold">
                    <th scope="row" className="py-2 pr-3">
                      {t("total")}
                    </th>
                    <td className="py-2 pr-3 text-right">{formatNumber(total.events, locale)}</td>
                    <td className="py-2 pr-3 text-right">{formatNumber(total.registered, locale)}</td>
                    <td className="py-2 pr-3 text-right">{formatNumber(total.present, locale)}</td>
                    <td className="py-2 text-right">{formatNumber(total.organizations, locale)}</td>
                  </tr>
                </tfoot>
              </table>
            </TableScroll>
          </section>
        );
      })}
      <p className="text-sm text-muted">{t("explained")}</p>
    </div>
  );
}
