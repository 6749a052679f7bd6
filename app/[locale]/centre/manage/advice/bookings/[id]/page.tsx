import { setRequestLocale } from "next-intl/server";
import { BookingPanel } from "@/components/advice/BookingPanel";
import { bookingForAdviser } from "@/lib/advice/queries";
import { authorize } from "@/lib/auth/permissions";
import { loadPage, pageId } from "@/lib/http/page";
import type { Locale } from "@/lib/i18n/routing";
import { attendanceAction, notesAction } from "./actions";
import { StaffCancelForm } from "./StaffCancelForm";

/** Staff: one appointment with the adviser's notes, the attendance and cancelling with a reason. */
export default async function StaffBookingPage({ params }: { params: Promise<{ locale: Locale; id: string }> }) {
  const { locale } = await params;
  const id = pageId((await params).id);
  setRequestLocale(locale);
  const { booking } = await loadPage(locale, `/centre/manage/advice/bookings/${id}`, async (db, principal) => {
    authorize(principal, "advice.manage");
    const row = await bookingForAdviser(db, principal, id);
    return row && { booking: row };
  });
  return (
    <BookingPanel
      booking={booking}
      locale={locale}
      back="/centre/manage/advice"
      notesAction={notesAction}
      attendanceAction={attendanceAction}
    >
      {booking.bookingId && <StaffCancelForm bookingId={booking.bookingId} cancellable={booking.status === "booked"} />}
    </BookingPanel>
  );
}
