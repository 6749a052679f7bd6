import { getTranslations, setRequestLocale } from "next-intl/server";
import { PageHeading } from "@/components/ui/PageHeading";
import { requirePermission } from "@/lib/auth/session";
import { getDb } from "@/lib/db/client";
import { formatDay, formatMoney } from "@/lib/i18n/format";
import { Link } from "@/lib/i18n/navigation";
import type { Locale } from "@/lib/i18n/routing";
import { lastCommentDay, warsawDate } from "@/lib/small-grants/calendar";
import { listSmallGrantsForAdmin } from "@/lib/small-grants/queries";
import { smallGrantSettings } from "@/lib/small-grants/settings";
import { StatusTag } from "@/components/small-grants/StatusTag";
import { TableScroll } from "@/components/ui/TableScroll";

export default async function AdminSmallGrantsPage({ params }: { params: Promise<{ locale: Locale }> }) {
  const { locale } = await params;
  setRequestLocale(locale);
  const principal = await requirePermission(locale, "smallGrant.manage", {}, "/admin/small-grants");
  const t = await getTranslations("smallGrants");
  const rows = await listSmallGrantsForAdmin(await getDb(), principal);
  const today = warsawDate(new Date());
  const day = (date: string) => formatDay(date, locale);
  return (
    <div>
      <PageHeading title={t("admin.title")} lead={t("admin.lead", { days: smallGrantSettings.publishWithinWorkingDays })} />
      <p className="mb-6">
        <Link href="/admin/small-grants/settings" className="rounded border-2 border-brand-600 px-4 py-2 font-semibold text-brand-700">
          {t("admin.settings")}
        </Link>
      </p>
      {rows.length === 0 ? (
        <p>{t("admin.empty")}</p>
      ) : (
        <TableScroll label={t("admin.caption")}>
          <table className="w-full text-left text-sm">
            <caption className="sr-only">{t("admin.caption")}</caption>
            <thead>
              <tr className="border-b-2 border-gray-700">
                <th scope="col" className="py-2 pr-3">
                  {t("fields.title")}
                </th>
                <th scope="col" className="py-2 pr-3">
                  {t("fields.organization")}
                </th>
                <th scope="col" className="py-2 pr-3">
                  {t("fields.status")}
                </th>
                <th scope="col" className="py-2 pr-3 text-right">
                  {t("fields.grant")}
                </th>
                <th scope="col" className="py-2 pr-3">
                  {t("admin.publishBy")}
                </th>
                <th scope="col" className="py-2 pr-3">
                  {t("fields.commentsUntil")}
                </th>
                <th scope="col" className="py-2 pr-3">
                  {t("fields.comments")}
                </th>
              </tr>
            </thead>
            <tbody>
              {rows.map((r) => {
                const overdue = r.status === "submitted" && !!r.publishBy && r.publishBy < today;
                return (
                  <tr key={r.id} className="border-b border-gray-200">
                    <td className="py-2 pr-3">
                      <Link href={`/admin/small-grants/${r.id}`} className="text-brand-600 underline">
                        {r.title}
                      </Link>
                    </td>
                    <td className="py-2 pr-3">{r.organizationName}</td>
                    <td className="py-2 pr-3">
                      <StatusTag status={r.status} />
                    </td>
                    <td className="py-2 pr-3 text-right">{formatMoney(r.grantGrosze, locale)}</td>
                    <td className="py-2 pr-3">
                      {r.status === "submitted" && r.publishBy ? day(r.publishBy) : "—"}
                      {overdue && <strong className="ml-2 rounded bg-accent-600 px-2 py-0.5 text-white">{t("admin.overdue")}</strong>}
                    </td>
                    <td className="py-2 pr-3">{r.commentsCloseAt ? day(lastCommentDay(r.commentsCloseAt)) : "—"}</td>
                    <td className="py-2 pr-3">
                      {r.comments} ({t("admin.unanswered", { count: r.unanswered })})
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </TableScroll>
      )}
    </div>
  );
}
