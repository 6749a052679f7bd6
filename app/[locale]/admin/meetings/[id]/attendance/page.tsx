import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { PageHeading } from "@/components/ui/PageHeading";
import { TableScroll } from "@/components/ui/TableScroll";
import { requirePermission } from "@/lib/auth/session";
import { getDb } from "@/lib/db/client";
import { pageId } from "@/lib/http/page";
import { formatDateTime } from "@/lib/i18n/format";
import { Link } from "@/lib/i18n/navigation";
import type { Locale } from "@/lib/i18n/routing";
import { adminMeetingRegistrations, getPublicMeeting } from "@/lib/meetings/queries";
import { attendanceOpen } from "@/lib/meetings/rules";
import { AttendanceForm } from "../../MeetingForms";
import { PrintButton } from "@/components/ui/PrintButton";

type Params = Promise<{ locale: Locale; id: string }>;

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const { locale } = await params;
  return { title: (await getTranslations({ locale, namespace: "centreEvents.attendance" }))("title") };
}

/**
 * The attendance list of an event (staff and administrators): the people with a seat, each marked
 * present or absent; printed (`@media print`) it is a sheet to sign at the door.
 */
export default async function AttendancePage({ params }: { params: Params }) {
  const { locale } = await params;
  const id = pageId((await params).id);
  setRequestLocale(locale);
  const principal = await requirePermission(locale, "meeting.manage", {}, `/admin/meetings/${id}/attendance`);
  const db = await getDb();
  const meeting = await getPublicMeeting(db, id);
  if (!meeting) notFound();
  const people = (await adminMeetingRegistrations(db, principal, id)).filter((p) => p.status === "registered");
  const t = await getTranslations("centreEvents.attendance");
  const k = await getTranslations("participation.meetings.kinds");
  const open = attendanceOpen(new Date(meeting.startsAt), new Date());
  const present = people.filter((p) => p.attendance === "present").length;
  return (
    <div>
      <p className="mb-2 print:hidden">
        <Link href={`/admin/meetings/${id}`} className="text-brand-600 underline">
          {t("back")}
        </Link>
      </p>
      <PageHeading
        title={t("heading", { title: meeting.title })}
        lead={`${k(meeting.kind)} · ${formatDateTime(new Date(meeting.startsAt), locale)} · ${meeting.place}`}
      />
      <p className="mb-4" id="attendance-summary">
        {t("summary", { registered: people.length, present })}
      </p>
      <div className="mb-6 print:hidden">
        {open ? <p className="mb-4">{t("howTo")}</p> : <p className="mb-4">{t("notYet")}</p>}
        <PrintButton label={t("print")} />
      </div>
      {people.length === 0 ? (
        <p>{t("nobody")}</p>
      ) : (
        <TableScroll labelledBy="attendance-summary">
          <table className="w-full text-left text-sm">
            <thead>
              <tr className="border-b-2 border-gray-700">
                <th scope="col" className="py-2 pr-3">
                  {t("number")}
                </th>
                <th scope="col" className="py-2 pr-3">
                  {t("person")}
                </th>
                <th scope="col" className="py-2 pr-3">
                  {t("organization")}
                </th>
                <th scope="col" className="py-2 pr-3">
                  {t("mark")}
                </th>
                <th scope="col" className="hidden py-2 print:table-cell">
                  {t("signature")}
                </th>
                {open && (
                  <th scope="col" className="py-2 print:hidden">
                    {t("actions")}
                  </th>
                )}
              </tr>
            </thead>
            <tbody>
              {people.map((p, i) => (
                <tr key={p.id} className="border-b border-gray-200">
                  <td className="py-2 pr-3">{i + 1}</td>
                  <td className="py-2 pr-3">{p.name}</td>
                  <td className="py-2 pr-3">{p.organization ?? "—"}</td>
                  <td className="py-2 pr-3">{p.attendance ? t(`marks.${p.attendance}`) : t("marks.none")}</td>
                  <td className="hidden w-48 py-2 print:table-cell" />
                  {open && (
                    <td className="py-2 print:hidden">
                      <AttendanceForm registrationId={p.id} name={p.name} />
                    </td>
                  )}
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      )}
    </div>
  );
}
