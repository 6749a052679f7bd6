import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { RoomWeek } from "@/components/bookings/RoomWeek";
import { requirePermission } from "@/lib/auth/session";
import { getPublicRoom, roomBusy, weekBounds } from "@/lib/bookings/queries";
import { weekStart } from "@/lib/bookings/rules";
import { getDb } from "@/lib/db/client";
import { isIsoDate, warsawToday } from "@/lib/dates/warsaw";
import { pageId } from "@/lib/http/page";
import type { Locale } from "@/lib/i18n/routing";

type Params = Promise<{ locale: Locale; id: string }>;
type Search = Promise<{ week?: string }>;

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const { locale } = await params;
  return { title: (await getTranslations({ locale, namespace: "centreRooms.room" }))("staffCalendar") };
}

/** The staff's calendar of a room: who booked each time (pending ones marked); `?week=` any day of the week. */
export default async function StaffRoomPage({ params, searchParams }: { params: Params; searchParams: Search }) {
  const { locale, id: raw } = await params;
  setRequestLocale(locale);
  const id = pageId(raw);
  const { week } = await searchParams;
  await requirePermission(locale, "booking.manage", {}, `/centre/manage/rooms/${id}${week ? `?week=${week}` : ""}`);
  const db = await getDb();
  const room = await getPublicRoom(db, id);
  if (!room) notFound();
  const monday = weekStart(week && isIsoDate(week) ? week : warsawToday());
  const { from, to } = weekBounds(monday);
  const busy = await roomBusy(db, id, from, to, true);
  return (
    <RoomWeek
      room={room}
      monday={monday}
      busy={busy}
      locale={locale}
      staff
      weekHref={(w) => (w ? `/centre/manage/rooms/${id}?week=${w}` : `/centre/manage/rooms/${id}`)}
    />
  );
}
