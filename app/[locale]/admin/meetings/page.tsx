import { getTranslations, setRequestLocale } from "next-intl/server";
import { PageHeading } from "@/components/ui/PageHeading";
import { requirePermission } from "@/lib/auth/session";
import { getDb } from "@/lib/db/client";
import { formatDateTime } from "@/lib/i18n/format";
import { Link } from "@/lib/i18n/navigation";
import type { Locale } from "@/lib/i18n/routing";
import { adminListMeetings } from "@/lib/meetings/queries";
import { TableScroll } from "@/components/ui/TableScroll";

export default async function AdminMeetingsPage({ params }: { params: Promise<{ locale: Locale }> }) {
  const { locale } = await params;
  setRequestLocale(locale);
  const principal = await requirePermission(locale, "meeting.manage", {}, "/admin/meetings");
  const t = await getTranslations("participation.admin");
  const k = await getTranslations("participation.meetings.kinds");
  const e = await getTranslations("centreEvents.admin");
  const rows = await adminListMeetings(await getDb(), principal);
  return (
    <div>
      <PageHeading title={t("meetingsTitle")} />
      <p className="mb-6">
        <Link href="/admin/meetings/new" className="rounded bg-brand-600 px-4 py-2 font-semibold text-white hover:bg-brand-700">
          {t("newMeeting")}
        </Link>{" "}
        <Link href="/admin/meetings/statistics" className="ml-4 text-brand-600 underline">
          {e("statistics")}
        </Link>
      </p>
      {rows.length === 0 ? (
        <p>{t("noMeetings")}</p>
      ) : (
        <TableScroll label={t("meetingsTitle")}>
          <table className="w-full text-left text-sm">
            <thead>
              <tr className="border-b-2 border-gray-700">
                <th scope="col" className="py-2 pr-3">
                  {t("meetingTitle")}
                </th>
                <th scope="col" className="py-2 pr-3">
                  {t("kind")}
                </th>
                <th scope="col" className="py-2 pr-3">
                  {t("startsAt")}
                </th>
                <th scope="col" className="py-2 pr-3 text-right">
                  {t("seats")}
                </th>
                <th scope="col" className="py-2 pr-3 text-right">
                  {t("waiting")}
                </th>
                <th scope="col" className="py-2">
                  {t("minutes")}
                </th>
              </tr>
            </thead>
            <tbody>
              {rows.map((m) => (
                <tr key={m.id} className="border-b border-gray-200">
                  <td className="py-2 pr-3">
                    <Link href={`/admin/meetings/${m.id}`} className="text-brand-600 underline">
                      {m.title}
                    </Link>
                  </td>
                  <td className="py-2 pr-3">{k(m.kind)}</td>
                  <td className="py-2 pr-3 whitespace-nowrap">{formatDateTime(new Date(m.startsAt), locale)}</td>
                  <td className="py-2 pr-3 text-right tabular-nums">
                    {m.registered}/{m.capacity}
                  </td>
                  <td className="py-2 pr-3 text-right tabular-nums">{m.waiting}</td>
                  <td className="py-2">{m.minutes ? t("yes") : t("no")}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      )}
    </div>
  );
}
