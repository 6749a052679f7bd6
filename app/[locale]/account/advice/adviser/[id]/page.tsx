import { setRequestLocale } from "next-intl/server";
import { BookingPanel } from "@/components/advice/BookingPanel";
import { bookingForAdviser } from "@/lib/advice/queries";
import { loadPage, pageId } from "@/lib/http/page";
import type { Locale } from "@/lib/i18n/routing";
import { attendanceAction, notesAction } from "../actions";

/** One appointment for its adviser: the booking, the private notes and the attendance. */
export default async function AdviserBookingPage({ params }: { params: Promise<{ locale: Locale; id: string }> }) {
  const { locale } = await params;
  const id = pageId((await params).id);
  setRequestLocale(locale);
  const { booking } = await loadPage(locale, `/account/advice/adviser/${id}`, async (db, principal) => {
    const row = await bookingForAdviser(db, principal, id);
    return row && { booking: row };
  });
  return (
    <BookingPanel
      booking={booking}
      locale={locale}
      back="/account/advice/adviser"
      notesAction={notesAction}
      attendanceAction={attendanceAction}
    />
  );
}
