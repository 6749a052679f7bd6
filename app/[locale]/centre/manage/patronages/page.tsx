import { getTranslations, setRequestLocale } from "next-intl/server";
import { PageHeading } from "@/components/ui/PageHeading";
import { TableScroll } from "@/components/ui/TableScroll";
import { requirePermission } from "@/lib/auth/session";
import { getDb } from "@/lib/db/client";
import { warsawToday } from "@/lib/dates/warsaw";
import { formatDay } from "@/lib/i18n/format";
import { Link } from "@/lib/i18n/navigation";
import type { Locale } from "@/lib/i18n/routing";
import { allPatronages } from "@/lib/patronages/queries";
import { reportStanding } from "@/lib/patronages/rules";

/** Staff: every patronage application, those waiting for a decision first. */
export default async function ManagePatronagesPage({ params }: { params: Promise<{ locale: Locale }> }) {
  const { locale } = await params;
  setRequestLocale(locale);
  const principal = await requirePermission(locale, "patronage.decide", {}, "/centre/manage/patronages");
  const rows = await allPatronages(await getDb(), principal);
  const t = await getTranslations("patronages");
  const today = warsawToday();
  return (
    <div>
      <PageHeading title={t("manage.title")} lead={t("manage.intro")} />
      {rows.length === 0 ? (
        <p>{t("manage.empty")}</p>
      ) : (
        <TableScroll labelledBy="patronage-applications">
          <table className="w-full text-left text-sm">
            <caption id="patronage-applications" className="sr-only">
              {t("manage.title")}
            </caption>
            <thead>
              <tr>
                <th scope="col" className="p-2">
                  {t("public.event")}
                </th>
                <th scope="col" className="p-2">
                  {t("public.type")}
                </th>
                <th scope="col" className="p-2">
                  {t("public.dates")}
                </th>
                <th scope="col" className="p-2">
                  {t("public.organizer")}
                </th>
                <th scope="col" className="p-2">
                  {t("mine.status")}
                </th>
              </tr>
            </thead>
            <tbody>
              {rows.map((a) => {
                const standing = reportStanding(a, today);
                return (
                  <tr key={a.id} className="border-t border-gray-300">
                    <td className="p-2">
                      <Link href={`/centre/manage/patronages/${a.id}`} className="text-brand-600 underline">
                        {a.eventName}
                      </Link>
                    </td>
                    <td className="p-2">{t(`requestTypes.${a.requestType}`)}</td>
                    <td className="p-2">{formatDay(a.startsOn, locale)}</td>
                    <td className="p-2">{a.organizer}</td>
                    <td className="p-2">
                      {t(`statuses.${a.status}`)}
                      {(standing === "due" || standing === "overdue") && (
                        <> · {t(`standing.${standing}`, { date: formatDay(a.reportDueOn, locale) })}</>
                      )}
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </TableScroll>
      )}
    </div>
  );
}
