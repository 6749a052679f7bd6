import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { setRequestLocale } from "next-intl/server";
import { RoomWeek } from "@/components/bookings/RoomWeek";
import { cachedRoom, cachedRoomWeek } from "@/lib/bookings/cache";
import { publicWeekHref, weekStart } from "@/lib/bookings/rules";
import { warsawToday } from "@/lib/dates/warsaw";
import { pageId } from "@/lib/http/page";
import type { Locale } from "@/lib/i18n/routing";

/*
 * A room and this week's calendar, busy/free only: cached (tag per room, revalidated by every
 * booking of it) and at most ten minutes old, so "this week" turns over on Monday. Other weeks:
 * ./week/[monday]; staff see who booked on /centre/manage/rooms/[id].
 */
export const revalidate = 600;
export const dynamicParams = true;
export function generateStaticParams() {
  return [];
}

type Params = Promise<{ locale: Locale; id: string }>;

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const room = await cachedRoom(pageId((await params).id));
  return room ? { title: room.name } : {};
}

export default async function RoomPage({ params }: { params: Params }) {
  const { locale, id: raw } = await params;
  setRequestLocale(locale);
  const room = await cachedRoom(pageId(raw));
  if (!room) notFound();
  const monday = weekStart(warsawToday());
  const busy = await cachedRoomWeek(room.id, monday);
  return <RoomWeek room={room} monday={monday} busy={busy} locale={locale} weekHref={(week) => publicWeekHref(room.id, week)} />;
}
