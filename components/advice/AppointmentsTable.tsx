import { getTranslations } from "next-intl/server";
import { TableScroll } from "@/components/ui/TableScroll";
import type { AdviceTopic } from "@/lib/advice/rules";
import { formatDateTime } from "@/lib/i18n/format";
import { Link } from "@/lib/i18n/navigation";
import type { Locale } from "@/lib/i18n/routing";

export interface AppointmentRow {
  slotId: string;
  startsAt: Date;
  adviser: string;
  bookingId: string | null;
  status: string | null;
  topic: string | null;
  person: string | null;
  organization: string | null;
}

/** Slots with their active booking, for staff and for an adviser (who sees their own only). */
export async function AppointmentsTable({ rows, locale, detailPath }: { rows: AppointmentRow[]; locale: Locale; detailPath: string }) {
  const t = await getTranslations("advice");
  return (
    <TableScroll label={t("manage.appointmentsTitle")}>
      <table className="w-full text-left text-sm">
        <thead>
          <tr>
            <th scope="col" className="p-2">
              {t("manage.when")}
            </th>
            <th scope="col" className="p-2">
              {t("manage.adviser")}
            </th>
            <th scope="col" className="p-2">
              {t("manage.who")}
            </th>
            <th scope="col" className="p-2">
              {t("manage.topic")}
            </th>
            <th scope="col" className="p-2">
              {t("manage.status")}
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => {
            const when = formatDateTime(row.startsAt, locale);
            return (
              <tr key={row.slotId} className="border-t border-gray-200">
                <td className="p-2">{when}</td>
                <td className="p-2">{row.adviser}</td>
                <td className="p-2">{row.person ? `${row.person}${row.organization ? ` (${row.organization})` : ""}` : "—"}</td>
                <td className="p-2">{row.topic ? t(`topics.${row.topic as AdviceTopic}`) : "—"}</td>
                <td className="p-2">
                  {row.bookingId ? (
                    <Link
                      href={`${detailPath}/${row.bookingId}`}
                      className="text-brand-600 underline"
                      aria-label={t("manage.openLabel", { when, status: t(`statuses.${row.status as "booked"}`) })}
                    >
                      {t(`statuses.${row.status as "booked"}`)}
                    </Link>
                  ) : (
                    t("manage.free")
                  )}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </TableScroll>
  );
}
