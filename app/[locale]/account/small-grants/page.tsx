import { getTranslations, setRequestLocale } from "next-intl/server";
import { PageHeading } from "@/components/ui/PageHeading";
import { requirePermission } from "@/lib/auth/session";
import { getDb } from "@/lib/db/client";
import { formatDateTime, formatMoney } from "@/lib/i18n/format";
import { Link } from "@/lib/i18n/navigation";
import type { Locale } from "@/lib/i18n/routing";
import { listMySmallGrants } from "@/lib/small-grants/queries";
import { StatusTag } from "@/components/small-grants/StatusTag";
import { TableScroll } from "@/components/ui/TableScroll";

export default async function MySmallGrantsPage({ params }: { params: Promise<{ locale: Locale }> }) {
  const { locale } = await params;
  setRequestLocale(locale);
  const principal = await requirePermission(locale, "smallGrant.listMine", {}, "/account/small-grants");
  const t = await getTranslations("smallGrants");
  const rows = await listMySmallGrants(await getDb(), principal);
  return (
    <div>
      <PageHeading title={t("account.title")} lead={t("account.lead")} />
      <p className="mb-6">
        <Link href="/account/small-grants/new" className="rounded bg-brand-600 px-4 py-2 font-semibold text-white hover:bg-brand-700">
          {t("account.new")}
        </Link>
      </p>
      {rows.length === 0 ? (
        <p>{t("account.empty")}</p>
      ) : (
        <TableScroll label={t("account.caption")}>
          <table className="w-full text-left text-sm">
            <caption className="sr-only">{t("account.caption")}</caption>
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
                  {t("fields.submittedAt")}
                </th>
              </tr>
            </thead>
            <tbody>
              {rows.map((r) => (
                <tr key={r.id} className="border-b border-gray-200">
                  <td className="py-2 pr-3">
                    <Link href={`/account/small-grants/${r.id}`} className="text-brand-600 underline">
                      {r.title || t("account.untitled")}
                    </Link>
                  </td>
                  <td className="py-2 pr-3">{r.organizationName}</td>
                  <td className="py-2 pr-3">
                    <StatusTag status={r.status} />
                  </td>
                  <td className="py-2 pr-3 text-right">{r.status === "draft" ? "—" : formatMoney(r.grantGrosze, locale)}</td>
                  <td className="py-2 pr-3">{r.submittedAt ? formatDateTime(r.submittedAt, locale) : "—"}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      )}
    </div>
  );
}
