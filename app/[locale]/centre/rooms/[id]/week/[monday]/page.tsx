import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { RoomWeek } from "@/components/bookings/RoomWeek";
import { cachedRoom, cachedRoomWeek } from "@/lib/bookings/cache";
import { isCalendarWeek, publicWeekHref } from "@/lib/bookings/rules";
import { warsawToday } from "@/lib/dates/warsaw";
import { formatDay } from "@/lib/i18n/format";
import { pageId } from "@/lib/http/page";
import type { Locale } from "@/lib/i18n/routing";

/*
 * Another week of a room, cached like the room's page. Only a Monday within a year of today is a
 * page (anything else is a 404, which is not cached), so the cache stays bounded.
 */
export const revalidate = 600;
export const dynamicParams = true;
export function generateStaticParams() {
  return [];
}

type Params = Promise<{ locale: Locale; id: string; monday: string }>;

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const { locale, id, monday } = await params;
  const room = await cachedRoom(pageId(id));
  if (!room || !isCalendarWeek(monday, warsawToday())) return {};
  const t = await getTranslations({ locale, namespace: "centreRooms.room" });
  return { title: `${room.name}: ${t("weekOf", { date: formatDay(monday, locale) })}` };
}

export default async function RoomWeekPage({ params }: { params: Params }) {
  const { locale, id, monday } = await params;
  setRequestLocale(locale);
  if (!isCalendarWeek(monday, warsawToday())) notFound();
  const room = await cachedRoom(pageId(id));
  if (!room) notFound();
  const busy = await cachedRoomWeek(room.id, monday);
  return <RoomWeek room={room} monday={monday} busy={busy} locale={locale} weekHref={(week) => publicWeekHref(room.id, week)} />;
}
