import { getTranslations, setRequestLocale } from "next-intl/server";
import { PageHeading } from "@/components/ui/PageHeading";
import { requirePermission } from "@/lib/auth/session";
import { listConsultations } from "@/lib/consultations/queries";
import { getDb } from "@/lib/db/client";
import { formatDate } from "@/lib/i18n/format";
import { Link } from "@/lib/i18n/navigation";
import type { Locale } from "@/lib/i18n/routing";
import { TableScroll } from "@/components/ui/TableScroll";

export default async function AdminConsultationsPage({ params }: { params: Promise<{ locale: Locale }> }) {
  const { locale } = await params;
  setRequestLocale(locale);
  await requirePermission(locale, "consultation.manage", {}, "/admin/consultations");
  const t = await getTranslations("consultations");
  const db = await getDb();
  const rows = await listConsultations(db, {}, new Date());
  return (
    <div>
      <PageHeading title={t("admin.title")} />
      <p className="mb-6 flex gap-4">
        <Link href="/admin/consultations/new" className="rounded bg-brand-600 px-4 py-2 font-semibold text-white hover:bg-brand-700">
          {t("admin.new")}
        </Link>
        <Link href="/admin/consultations/moderation" className="rounded border-2 border-brand-600 px-4 py-2 font-semibold text-brand-700">
          {t("admin.moderation")}
        </Link>
      </p>
      <TableScroll label={t("admin.title")}>
        <table className="w-full text-left text-sm">
          <thead>
            <tr className="border-b-2 border-gray-700">
              <th scope="col" className="py-2 pr-3">
                {t("admin.columns.title")}
              </th>
              <th scope="col" className="py-2 pr-3">
                {t("admin.columns.status")}
              </th>
              <th scope="col" className="py-2 pr-3">
                {t("admin.columns.dates")}
              </th>
              <th scope="col" className="py-2 pr-3">
                {t("admin.columns.comments")}
              </th>
            </tr>
          </thead>
          <tbody>
            {rows.map((c) => (
              <tr key={c.id} className="border-b border-gray-200">
                <td className="py-2 pr-3">
                  <Link href={`/admin/consultations/${c.id}`} className="text-brand-600 underline">
                    {c.title}
                  </Link>
                </td>
                <td className="py-2 pr-3">{t(`status.${c.effectiveStatus}`)}</td>
                <td className="py-2 pr-3">
                  {t("dates", { start: formatDate(c.startsAt, locale), end: formatDate(new Date(c.endsAt.getTime() - 1), locale) })}
                </td>
                <td className="py-2 pr-3">{c.comments}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableScroll>
    </div>
  );
}
