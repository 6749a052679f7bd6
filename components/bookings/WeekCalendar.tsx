import { getTranslations } from "next-intl/server";
import type { BusyRange } from "@/lib/bookings/queries";
import { calendarTimes, cellRange, overlaps } from "@/lib/bookings/rules";
import type { BookingSettings } from "@/lib/bookings/settings";
import { isWorkingDay } from "@/lib/dates/holidays";
import { addDays, WARSAW_TIME_ZONE, warsawToInstant } from "@/lib/dates/warsaw";
import type { Locale } from "@/lib/i18n/routing";

/**
 * A room's week as a table: times as rows, working days as columns, each cell "free", "taken"
 * (staff see who) or "closed". Row and column headers make every cell readable by a screen reader.
 */
export async function WeekCalendar({
  monday,
  busy,
  settings,
  locale,
  caption,
  staff = false,
}: {
  monday: string;
  busy: BusyRange[];
  settings: BookingSettings;
  locale: Locale;
  caption: string;
  staff?: boolean;
}) {
  const t = await getTranslations("centreRooms.room");
  const dayLabel = new Intl.DateTimeFormat(locale, { weekday: "short", day: "numeric", month: "numeric", timeZone: WARSAW_TIME_ZONE });
  const days = [0, 1, 2, 3, 4].map((i) => addDays(monday, i));
  const times = calendarTimes(settings, settings.slotMinutes);
  const ranges = busy.map((b) => ({ ...b, range: { startsAt: new Date(b.startsAt), endsAt: new Date(b.endsAt) } }));
  return (
    <div role="region" aria-label={caption} tabIndex={0} className="table-scroll">
      <table className="w-full border-collapse text-sm">
        <caption className="mb-2 text-left font-semibold">{caption}</caption>
        <thead>
          <tr>
            <th scope="col" className="border border-gray-300 p-1 text-left">
              {t("time")}
            </th>
            {days.map((day) => (
              <th key={day} scope="col" className="border border-gray-300 p-1 text-left">
                {dayLabel.format(warsawToInstant(day, "12:00"))}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {times.map((time) => (
            <tr key={time}>
              <th scope="row" className="border border-gray-300 p-1 text-left font-normal tabular-nums">
                {time}
              </th>
              {days.map((day) => {
                if (!isWorkingDay(day)) {
                  return (
                    <td key={day} className="border border-gray-300 bg-gray-100 p-1 text-muted">
                      {t("closed")}
                    </td>
                  );
                }
                const cell = cellRange(day, time, settings.slotMinutes);
                const hit = ranges.find((b) => overlaps(b.range, cell));
                if (!hit) {
                  return (
                    <td key={day} className="border border-gray-300 p-1 text-green-900">
                      {t("free")}
                    </td>
                  );
                }
                const text = hit.kind === "block" ? t("blocked") : t("busy");
                return (
                  <td key={day} className="border border-gray-300 bg-amber-100 p-1 font-semibold text-gray-900">
                    {text}
                    {staff && hit.label && (
                      <span className="block font-normal">
                        {hit.label}
                        {hit.status === "pending" && ` (${t("pending")})`}
                      </span>
                    )}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
