import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { ActionForm } from "@/components/forms/ActionForm";
import { BookingTable } from "@/components/bookings/BookingTable";
import { ClientMessages } from "@/components/i18n/ClientMessages";
import { PageHeading } from "@/components/ui/PageHeading";
import { requirePermission } from "@/lib/auth/session";
import { feedSecret, organizationFeedToken } from "@/lib/bookings/ics";
import { bookingOrganizations, myBookings } from "@/lib/bookings/queries";
import { bookingSettings } from "@/lib/bookings/settings";
import { getDb } from "@/lib/db/client";
import { formatDateTime } from "@/lib/i18n/format";
import { Link } from "@/lib/i18n/navigation";
import type { Locale } from "@/lib/i18n/routing";
import { cancelBookingAction, cancelSeriesAction } from "./actions";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("centreRooms.mine");
  return { title: t("title") };
}

/** "My bookings": the rooms booked for the person's organizations (and groups), with cancel and the private feeds. */
export default async function MyBookingsPage({ params }: { params: Promise<{ locale: Locale }> }) {
  const { locale } = await params;
  setRequestLocale(locale);
  const principal = await requirePermission(locale, "booking.listMine", {}, "/account/bookings");
  const t = await getTranslations("centreRooms.mine");
  const db = await getDb();
  const [{ upcoming, past }, organizations, secret] = await Promise.all([
    myBookings(db, principal),
    bookingOrganizations(db, principal),
    feedSecret(),
  ]);
  // a repeated booking is cancelled as a whole from its first upcoming occurrence
  const seriesFirst = new Map<string, string>();
  const seriesCount = new Map<string, number>();
  for (const row of upcoming) {
    if (!row.seriesId || (row.status !== "pending" && row.status !== "confirmed") || row.started) continue;
    if (!seriesFirst.has(row.seriesId)) seriesFirst.set(row.seriesId, row.id);
    seriesCount.set(row.seriesId, (seriesCount.get(row.seriesId) ?? 0) + 1);
  }
  return (
    <ClientMessages namespaces={["centreRooms"]} params={params}>
      <PageHeading title={t("title")} lead={t("lead", { hours: bookingSettings().cancellationNoticeHours })} />
      <p className="mb-6">
        <Link href="/centre" className="rounded bg-brand-600 px-4 py-2 font-semibold text-white hover:bg-brand-700">
          {t("book")}
        </Link>
      </p>
      <h2 className="mb-3 text-2xl font-bold">{t("upcoming")}</h2>
      {upcoming.length === 0 ? (
        <p className="mb-8">{t("empty")}</p>
      ) : (
        <div className="mb-8">
          <BookingTable
            rows={upcoming}
            locale={locale}
            caption={t("upcoming")}
            actions={(row) =>
              row.status === "pending" || row.status === "confirmed" ? (
                <div className="space-y-2">
                  <ActionForm
                    action={cancelBookingAction}
                    fields={{ bookingId: row.id }}
                    label={t("cancel")}
                    accessibleLabel={t("cancelFor", { room: row.room, when: formatDateTime(row.startsAt, locale) })}
                    done={t("cancelled")}
                    variant="danger"
                  />
                  {row.seriesId && seriesFirst.get(row.seriesId) === row.id && (
                    <ActionForm
                      action={cancelSeriesAction}
                      fields={{ seriesId: row.seriesId }}
                      label={t("cancelSeries", { count: seriesCount.get(row.seriesId) ?? 0 })}
                      accessibleLabel={t("cancelSeriesFor", {
                        room: row.room,
                        purpose: row.purpose,
                        count: seriesCount.get(row.seriesId) ?? 0,
                      })}
                      done={t("seriesCancelled")}
                      variant="danger"
                    />
                  )}
                </div>
              ) : null
            }
          />
        </div>
      )}
      {past.length > 0 && (
        <>
          <h2 className="mb-3 text-2xl font-bold">{t("past")}</h2>
          <div className="mb-8">
            <BookingTable rows={past} locale={locale} caption={t("past")} />
          </div>
        </>
      )}
      {organizations.length > 0 && (
        <ul className="list-disc space-y-1 pl-5 text-sm">
          {organizations.map((o) => (
            <li key={o.id}>
              <a
                href={`/api/v1/room-bookings/${o.id}.ics?token=${organizationFeedToken(o.id, secret)}`}
                className="break-all text-brand-600 underline"
              >
                {t("feed", { name: o.name })}
              </a>
            </li>
          ))}
        </ul>
      )}
    </ClientMessages>
  );
}
