import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { RoomFacts } from "@/components/bookings/RoomFacts";
import { WeekCalendar } from "@/components/bookings/WeekCalendar";
import { can } from "@/lib/auth/permissions";
import { currentPrincipal } from "@/lib/auth/session";
import { cachedRoom, cachedRoomWeek } from "@/lib/bookings/cache";
import { roomBusy, weekBounds } from "@/lib/bookings/queries";
import { weekStart } from "@/lib/bookings/rules";
import { bookingSettings } from "@/lib/bookings/settings";
import { getDb } from "@/lib/db/client";
import { addDays, isIsoDate, warsawToday } from "@/lib/dates/warsaw";
import { formatDay } from "@/lib/i18n/format";
import { pageId } from "@/lib/http/page";
import { Link } from "@/lib/i18n/navigation";
import type { Locale } from "@/lib/i18n/routing";

type Params = Promise<{ locale: Locale; id: string }>;
type Search = Promise<{ week?: string }>;

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const room = await cachedRoom(pageId((await params).id));
  return room ? { title: room.name } : {};
}

/** A room with its week: public busy/free (cached); staff also see who booked. `?week=` any day of the week. */
export default async function RoomPage({ params, searchParams }: { params: Params; searchParams: Search }) {
  const { locale } = await params;
  const id = pageId((await params).id);
  setRequestLocale(locale);
  const room = await cachedRoom(id);
  if (!room) notFound();
  const { week } = await searchParams;
  const monday = weekStart(week && isIsoDate(week) ? week : warsawToday());
  const principal = await currentPrincipal();
  const staff = can(principal, "booking.manage");
  const { from, to } = weekBounds(monday);
  const busy = staff ? await roomBusy(await getDb(), id, from, to, true) : await cachedRoomWeek(id, monday);
  const t = await getTranslations("centreRooms.room");
  const settings = bookingSettings();
  const caption = t("calendar", { from: formatDay(monday, locale), to: formatDay(addDays(monday, 4), locale) });
  return (
    <article className="max-w-5xl">
      <p className="mb-2">
        <Link href="/centre" className="text-brand-600 underline">
          {t("back")}
        </Link>
      </p>
      <h1 className="mb-2 text-3xl font-bold">{room.name}</h1>
      <RoomFacts room={room} />
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
        <Link href={`/centre/rooms/${room.id}/book`} className="rounded bg-brand-600 px-4 py-2 font-semibold text-white hover:bg-brand-700">
          {t("book")}
        </Link>
        <a href={`/api/v1/rooms/${room.id}.ics`} className="rounded border-2 border-brand-600 px-4 py-2 font-semibold text-brand-700">
          {t("ics")}
        </a>
      </p>
      <nav aria-label={caption} className="mb-3 flex flex-wrap gap-4">
        <Link href={{ pathname: `/centre/rooms/${room.id}`, query: { week: addDays(monday, -7) } }} className="text-brand-600 underline">
          {t("previousWeek")}
        </Link>
        <Link href={`/centre/rooms/${room.id}`} className="text-brand-600 underline">
          {t("thisWeek")}
        </Link>
        <Link href={{ pathname: `/centre/rooms/${room.id}`, query: { week: addDays(monday, 7) } }} className="text-brand-600 underline">
          {t("nextWeek")}
        </Link>
      </nav>
      <p className="mb-3 text-sm text-muted">{t("calendarHint")}</p>
      <WeekCalendar monday={monday} busy={busy} settings={settings} locale={locale} caption={caption} staff={staff} />
    </article>
  );
}
