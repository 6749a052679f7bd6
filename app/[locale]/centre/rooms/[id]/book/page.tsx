import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { PageHeading } from "@/components/ui/PageHeading";
import { requirePermission } from "@/lib/auth/session";
import { cachedEquipment, cachedRoom } from "@/lib/bookings/cache";
import { bookingOrganizations } from "@/lib/bookings/queries";
import { bookingSettings } from "@/lib/bookings/settings";
import { getDb } from "@/lib/db/client";
import { pageId } from "@/lib/http/page";
import type { Locale } from "@/lib/i18n/routing";
import { BookingForm } from "./BookingForm";

type Params = Promise<{ locale: Locale; id: string }>;
type Search = Promise<{ date?: string; startTime?: string; endTime?: string }>;

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const room = await cachedRoom(pageId((await params).id));
  const t = await getTranslations("centreRooms.book");
  return room ? { title: t("title", { room: room.name }) } : {};
}

export default async function BookRoomPage({ params, searchParams }: { params: Params; searchParams: Search }) {
  const { locale } = await params;
  const id = pageId((await params).id);
  setRequestLocale(locale);
  const principal = await requirePermission(locale, "booking.create", {}, `/centre/rooms/${id}/book`);
  const room = await cachedRoom(id);
  if (!room) notFound();
  const t = await getTranslations("centreRooms.book");
  const [organizations, equipment] = await Promise.all([bookingOrganizations(await getDb(), principal), cachedEquipment()]);
  const search = await searchParams;
  const settings = bookingSettings();
  const canBook = organizations.length > 0 || room.allowsInformalGroups;
  return (
    <div>
      <PageHeading title={t("title", { room: room.name })} lead={room.autoConfirm ? t("leadAuto") : t("lead")} />
      {canBook ? (
        <BookingForm
          room={room}
          organizations={organizations}
          equipment={equipment}
          initial={{ date: search.date, startTime: search.startTime, endTime: search.endTime }}
          settings={{ windowDays: settings.windowDays, hoursPerMonth: settings.hoursPerMonth }}
        />
      ) : (
        <p>{t("noOrganizations")}</p>
      )}
    </div>
  );
}
