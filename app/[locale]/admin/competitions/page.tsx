import { getTranslations, setRequestLocale } from "next-intl/server";
import { PageHeading } from "@/components/ui/PageHeading";
import { requirePermission } from "@/lib/auth/session";
import { listCompetitionsForAdmin } from "@/lib/competitions/queries";
import { getDb } from "@/lib/db/client";
import { formatDateTime } from "@/lib/i18n/format";
import { Link } from "@/lib/i18n/navigation";
import type { Locale } from "@/lib/i18n/routing";
import { CopyButton } from "./CopyButton";
import { TableScroll } from "@/components/ui/TableScroll";

export default async function AdminCompetitionsPage({ params }: { params: Promise<{ locale: Locale }> }) {
  const { locale } = await params;
  setRequestLocale(locale);
  const principal = await requirePermission(locale, "competition.manage", {}, "/admin/competitions");
  const [t, tc, status] = await Promise.all([
    getTranslations("competitionsAdmin"),
    getTranslations("competitions"),
    getTranslations("competitionStatus"),
  ]);
  const db = await getDb();
  const rows = await listCompetitionsForAdmin(db, principal);
  return (
    <div>
      <PageHeading title={t("title")} />
      <p className="mb-6">
        <Link
          href="/admin/competitions/new"
          className="inline-block rounded bg-brand-600 px-4 py-2 font-semibold text-white hover:bg-brand-700"
        >
          {t("new")}
        </Link>
      </p>
      <TableScroll label={t("title")}>
        <table className="w-full text-left">
          <thead>
            <tr className="border-b-2 border-gray-700">
              <th scope="col" className="py-2 pr-4">
                {t("fields.number")}
              </th>
              <th scope="col" className="py-2 pr-4">
                {t("fields.title")}
              </th>
              <th scope="col" className="py-2 pr-4">
                {t("fields.deadlineDate")}
              </th>
              <th scope="col" className="py-2 pr-4">
                {tc("status")}
              </th>
              <th scope="col" className="py-2 pr-4">
                {t("offers")}
              </th>
              <th scope="col" className="py-2">
                {t("actions")}
              </th>
            </tr>
          </thead>
          <tbody>
            {rows.map((c) => (
              <tr key={c.id} className="border-b border-gray-200 align-top">
                <td className="py-2 pr-4 font-mono text-sm">{c.number}</td>
                <td className="py-2 pr-4">
                  <Link href={`/admin/competitions/${c.id}`} className="text-brand-700 underline">
                    {c.title}
                  </Link>
                </td>
                <td className="py-2 pr-4">{c.offerDeadline ? formatDateTime(c.offerDeadline, locale) : "—"}</td>
                <td className="py-2 pr-4">{status(c.status)}</td>
                <td className="py-2 pr-4">{c.offers}</td>
                <td className="py-2">
                  <CopyButton id={c.id} label={t("copy")} title={c.title} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableScroll>
    </div>
  );
}
