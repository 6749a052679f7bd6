import { getTranslations } from "next-intl/server";
import { RoomFacts } from "@/components/bookings/RoomFacts";
import { WeekCalendar } from "@/components/bookings/WeekCalendar";
import type { BusyRange, PublicRoom } from "@/lib/bookings/queries";
import { bookingSettings } from "@/lib/bookings/settings";
import { addDays } from "@/lib/dates/warsaw";
import { formatDay } from "@/lib/i18n/format";
import { Link } from "@/lib/i18n/navigation";
import type { Locale } from "@/lib/i18n/routing";

/**
 * A room with one week of its calendar: the public page (busy/free, cached per week) and the
 * staff's view (who booked, per request) differ only in the busy ranges and the week links.
 */
export async function RoomWeek({
  room,
  monday,
  busy,
  locale,
  weekHref,
  staff = false,
}: {
  room: PublicRoom;
  monday: string;
  busy: BusyRange[];
  locale: Locale;
  /** the link to another week (undefined: the current one) */
  weekHref: (monday?: string) => string;
  staff?: boolean;
}) {
  const t = await getTranslations("centreRooms.room");
  const caption = t("calendar", { from: formatDay(monday, locale), to: formatDay(addDays(monday, 4), locale) });
  return (
    <article className="max-w-5xl">
      <p className="mb-2">
        <Link href={staff ? "/centre/manage" : "/centre"} className="text-brand-600 underline">
          {staff ? t("backToDesk") : t("back")}
        </Link>
      </p>
      <h1 className="mb-2 text-3xl font-bold">{staff ? t("staffTitle", { name: room.name }) : room.name}</h1>
      <RoomFacts room={room} />
      {!staff && (
        <>
          {room.photoHash && (
            // eslint-disable-next-line @next/next/no-img-element -- our own route, a year-long cache
            <img
              src={`/api/v1/rooms/${room.id}/photo?v=${room.photoHash}`}
              alt={t("photoAlt", { name: room.name })}
              className="mt-4 max-h-96 w-full max-w-3xl object-cover"
            />
          )}
          {room.description && <p className="mt-4 max-w-3xl whitespace-pre-line">{room.description}</p>}
          <dl className="my-6 grid gap-x-6 gap-y-1 sm:grid-cols-[auto_1fr]">
            <dt className="font-semibold">{t("capacity")}</dt>
            <dd>{room.capacity}</dd>
            <dt className="font-semibold">{t("fixedEquipment")}</dt>
            <dd>{room.fixedEquipment || t("none")}</dd>
            {room.rules && (
              <>
                <dt className="font-semibold">{t("rules")}</dt>
                <dd className="whitespace-pre-line">{room.rules}</dd>
              </>
            )}
          </dl>
          <p className="mb-6 flex flex-wrap gap-4">
            <Link
              href={`/centre/rooms/${room.id}/book`}
              className="rounded bg-brand-600 px-4 py-2 font-semibold text-white hover:bg-brand-700"
            >
              {t("book")}
            </Link>
            <a href={`/api/v1/rooms/${room.id}.ics`} className="rounded border-2 border-brand-600 px-4 py-2 font-semibold text-brand-700">
              {t("ics")}
            </a>
          </p>
        </>
      )}
      <nav aria-label={caption} className="my-3 flex flex-wrap gap-4">
        <Link href={weekHref(addDays(monday, -7))} className="text-brand-600 underline">
          {t("previousWeek")}
        </Link>
        <Link href={weekHref()} className="text-brand-600 underline">
          {t("thisWeek")}
        </Link>
        <Link href={weekHref(addDays(monday, 7))} className="text-brand-600 underline">
          {t("nextWeek")}
        </Link>
      </nav>
      <p className="mb-3 text-sm text-muted">{t("calendarHint")}</p>
      <WeekCalendar monday={monday} busy={busy} settings={bookingSettings()} locale={locale} caption={caption} staff={staff} />
    </article>
  );
}
