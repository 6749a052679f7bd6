import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { RoomFacts } from "@/components/bookings/RoomFacts";
import { PageHeading } from "@/components/ui/PageHeading";
import { can } from "@/lib/auth/permissions";
import { currentPrincipal } from "@/lib/auth/session";
import { cachedEquipment, cachedRooms } from "@/lib/bookings/cache";
import { Link } from "@/lib/i18n/navigation";
import type { Locale } from "@/lib/i18n/routing";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("centreRooms.centre");
  return { title: t("title") };
}

/** The Centre's other services, each a module of its own. */
const moreParts = [
  { href: "/centre/advice", title: "adviceTitle", lead: "adviceLead" },
  { href: "/meetings?type=training", title: "eventsTitle", lead: "eventsLead" },
  { href: "/premises", title: "premisesTitle", lead: "premisesLead" },
] as const;

/** The staff's desks, shown to whoever the permission table lets in. */
const staffDesks = [
  { href: "/centre/manage", label: "manage", operation: "booking.manage" },
  { href: "/centre/manage/advice", label: "manageAdvice", operation: "advice.manage" },
  { href: "/centre/manage/premises", label: "managePremises", operation: "premises.manage" },
  { href: "/admin/meetings", label: "manageEvents", operation: "meeting.manage" },
] as const;

/*
 * The NGO Cooperation Centre's page: address, opening hours, rooms and equipment. Each part of the
 * Centre (rooms here; advice, events and premises from their modules) is one <section> of the list.
 */
export default async function CentrePage({ params }: { params: Promise<{ locale: Locale }> }) {
  const { locale } = await params;
  setRequestLocale(locale);
  const t = await getTranslations("centreRooms.centre");
  const [{ items: rooms }, equipment, principal] = await Promise.all([cachedRooms(), cachedEquipment(), currentPrincipal()]);
  return (
    <div className="max-w-4xl">
      <PageHeading title={t("title")} lead={t("lead")} />
      <dl className="mb-8 grid gap-x-6 gap-y-1 sm:grid-cols-[auto_1fr]">
        <dt className="font-semibold">{t("address")}</dt>
        <dd>{t("addressValue")}</dd>
        <dt className="font-semibold">{t("hours")}</dt>
        <dd>{t("hoursValue")}</dd>
      </dl>
      {principal && (
        <p className="mb-8 flex flex-wrap gap-4">
          <Link href="/account/bookings" className="text-brand-600 underline">
            {t("myBookings")}
          </Link>
          <Link href="/account/advice" className="text-brand-600 underline">
            {t("myAdvice")}
          </Link>
          {staffDesks
            .filter((desk) => can(principal, desk.operation))
            .map((desk) => (
              <Link key={desk.href} href={desk.href} className="text-brand-600 underline">
                {t(desk.label)}
              </Link>
            ))}
        </p>
      )}
      <div className="space-y-10">
        <section aria-labelledby="centre-rooms">
          <h2 id="centre-rooms" className="mb-4 text-2xl font-bold">
            {t("roomsTitle")}
          </h2>
          {rooms.length === 0 ? (
            <p>{t("noRooms")}</p>
          ) : (
            <ul className="grid gap-4 sm:grid-cols-2">
              {rooms.map((room) => (
                <li key={room.id} className="rounded border border-gray-300 p-4">
                  <h3 className="mb-1 text-lg font-semibold">
                    <Link href={`/centre/rooms/${room.id}`} className="text-brand-600 underline">
                      {room.name}
                    </Link>
                  </h3>
                  <RoomFacts room={room} />
                  {room.description && <p className="mt-2 text-sm">{room.description}</p>}
                </li>
              ))}
            </ul>
          )}
        </section>
        <section aria-labelledby="centre-more">
          <h2 id="centre-more" className="mb-4 text-2xl font-bold">
            {t("moreTitle")}
          </h2>
          <ul className="grid gap-4 sm:grid-cols-3">
            {moreParts.map((part) => (
              <li key={part.href} className="rounded border border-gray-300 p-4">
                <h3 className="mb-1 text-lg font-semibold">
                  <Link href={part.href} className="text-brand-600 underline">
                    {t(part.title)}
                  </Link>
                </h3>
                <p className="text-sm">{t(part.lead)}</p>
              </li>
            ))}
          </ul>
        </section>
        <section aria-labelledby="centre-equipment">
          <h2 id="centre-equipment" className="mb-2 text-2xl font-bold">
            {t("equipmentTitle")}
          </h2>
          <p className="mb-4 text-muted">{t("equipmentLead")}</p>
          <ul className="list-disc space-y-1 pl-5">
            {equipment.map((item) => (
              <li key={item.id}>
                {item.name} — {t("quantity", { count: item.quantity })}
              </li>
            ))}
          </ul>
        </section>
      </div>
    </div>
  );
}
