import { getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import type { BookingRow } from "@/lib/bookings/queries";
import { formatDateTime } from "@/lib/i18n/format";
import type { Locale } from "@/lib/i18n/routing";

/** Bookings as a table that stacks into label: value rows on a phone; `actions` gives each row's forms. */
export async function BookingTable({
  rows,
  locale,
  caption,
  actions,
  showWho = true,
}: {
  rows: BookingRow[];
  locale: Locale;
  caption: string;
  actions?: (row: BookingRow) => ReactNode;
  showWho?: boolean;
}) {
  const t = await getTranslations("centreRooms");
  const time = new Intl.DateTimeFormat(locale, { timeStyle: "short", timeZone: "Europe/Warsaw" });
  return (
    <table className="table-stack w-full text-left text-sm">
      <caption className="sr-only">{caption}</caption>
      <thead>
        <tr className="border-b-2 border-gray-700">
          <th scope="col" className="py-2 pr-3">
            {t("fields.when")}
          </th>
          <th scope="col" className="py-2 pr-3">
            {t("fields.room")}
          </th>
          {showWho && (
            <th scope="col" className="py-2 pr-3">
              {t("fields.who")}
            </th>
          )}
          <th scope="col" className="py-2 pr-3">
            {t("fields.purpose")}
          </th>
          <th scope="col" className="py-2 pr-3">
            {t("fields.equipment")}
          </th>
          <th scope="col" className="py-2 pr-3">
            {t("fields.status")}
          </th>
          {actions && (
            <th scope="col" className="py-2 pr-3">
              {t("fields.actions")}
            </th>
          )}
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.id} className="border-b border-gray-200 align-top">
            <td data-label={t("fields.when")} className="py-2 pr-3">
              {formatDateTime(row.startsAt, locale)}–{time.format(row.endsAt)}
            </td>
            <td data-label={t("fields.room")} className="py-2 pr-3">
              {row.room}
            </td>
            {showWho && (
              <td data-label={t("fields.who")} className="py-2 pr-3">
                {row.who}
              </td>
            )}
            <td data-label={t("fields.purpose")} className="py-2 pr-3">
              {row.purpose} ({t("fields.attendees")}: {row.attendees})
            </td>
            <td data-label={t("fields.equipment")} className="py-2 pr-3">
              {row.equipment || "—"}
            </td>
            <td data-label={t("fields.status")} className="py-2 pr-3">
              {t(`status.${row.status}`)}
              {row.declineReason && <span className="block text-muted">{row.declineReason}</span>}
            </td>
            {actions && (
              <td data-label={t("fields.actions")} className="py-2 pr-3">
                {actions(row)}
              </td>
            )}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
