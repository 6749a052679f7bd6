import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { PageHeading } from "@/components/ui/PageHeading";
import { requirePermission } from "@/lib/auth/session";
import { getDb } from "@/lib/db/client";
import { formatDateTime } from "@/lib/i18n/format";
import { Link } from "@/lib/i18n/navigation";
import type { Locale } from "@/lib/i18n/routing";
import { adminMeetingRegistrations, getPublicMeeting } from "@/lib/meetings/queries";
import { endedNow } from "@/lib/meetings/rules";
import { MinutesForm } from "../MeetingForms";
import { pageId } from "@/lib/http/page";
import { TableScroll } from "@/components/ui/TableScroll";

export default async function AdminMeetingPage({ params }: { params: Promise<{ locale: Locale; id: string }> }) {
  const { locale } = await params;
  const id = pageId((await params).id);
  setRequestLocale(locale);
  const principal = await requirePermission(locale, "meeting.manage", {}, `/admin/meetings/${id}`);
  const db = await getDb();
  const meeting = await getPublicMeeting(db, id);
  if (!meeting) notFound();
  const people = await adminMeetingRegistrations(db, principal, id);
  const t = await getTranslations("participation.admin");
  const e = await getTranslations("centreEvents.admin");
  const ended = endedNow(meeting.endsAt);
  return (
    <div>
      <p className="mb-2">
        <Link href="/admin/meetings" className="text-brand-600 underline">
          {t("backToMeetings")}
        </Link>
      </p>
      <PageHeading title={meeting.title} lead={`${formatDateTime(new Date(meeting.startsAt), locale)} · ${meeting.place}`} />
      <p className="mb-6 flex flex-wrap gap-x-6 gap-y-2">
        <Link href={`/meetings/${id}`} className="text-brand-600 underline">
          {t("publicPage")}
        </Link>
        <Link href={`/admin/meetings/${id}/attendance`} className="text-brand-600 underline">
          {e("attendance")}
        </Link>
      </p>
      <section aria-labelledby="people" className="mb-8">
        <h2 id="people" className="mb-2 text-xl font-bold">
          {t("people", { registered: meeting.registered, capacity: meeting.capacity, waiting: meeting.waiting })}
        </h2>
        {people.length === 0 ? (
          <p>{t("nobody")}</p>
        ) : (
          <TableScroll labelledBy="people">
            <table className="w-full text-left text-sm">
              <thead>
                <tr className="border-b-2 border-gray-700">
                  <th scope="col" className="py-2 pr-3">
                    {t("person")}
                  </th>
                  <th scope="col" className="py-2 pr-3">
                    {t("email")}
                  </th>
                  <th scope="col" className="py-2 pr-3">
                    {t("status")}
                  </th>
                  <th scope="col" className="py-2">
                    {t("since")}
                  </th>
                </tr>
              </thead>
              <tbody>
                {people.map((p) => (
                  <tr key={p.id} className="border-b border-gray-200">
                    <td className="py-2 pr-3">{p.name}</td>
                    <td className="py-2 pr-3">{p.email}</td>
                    <td className="py-2 pr-3">{t(`statuses.${p.status}`)}</td>
                    <td className="py-2">{formatDateTime(p.createdAt, locale)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </TableScroll>
        )}
      </section>
      <section aria-labelledby="minutes-h">
        <h2 id="minutes-h" className="mb-2 text-xl font-bold">
          {t("minutes")}
        </h2>
        {ended ? <MinutesForm meetingId={id} minutes={meeting.minutes} /> : <p>{t("minutesAfterEnd")}</p>}
      </section>
    </div>
  );
}
