import { getTranslations, setRequestLocale } from "next-intl/server";
import { PageHeading } from "@/components/ui/PageHeading";
import { myCommissions } from "@/lib/accounts/queries";
import { requirePermission } from "@/lib/auth/session";
import { getDb } from "@/lib/db/client";
import { Link } from "@/lib/i18n/navigation";
import type { Locale } from "@/lib/i18n/routing";
import { TableScroll } from "@/components/ui/TableScroll";

export default async function MyCommissionsPage({ params }: { params: Promise<{ locale: Locale }> }) {
  const { locale } = await params;
  setRequestLocale(locale);
  const principal = await requirePermission(locale, "account.view", {}, "/account/commissions");
  const t = await getTranslations("account");
  const status = await getTranslations("competitionStatus");
  const rows = await myCommissions(await getDb(), principal);
  return (
    <div>
      <PageHeading title={t("commissionsTitle")} />
      {rows.length === 0 ? (
        <p>{t("commissionsEmpty")}</p>
      ) : (
        <TableScroll label={t("commissionsTitle")}>
          <table className="w-full text-left">
            <thead>
              <tr className="border-b-2 border-gray-700">
                <th scope="col" className="py-2 pr-4">
                  {t("number")}
                </th>
                <th scope="col" className="py-2 pr-4">
                  {t("competition")}
                </th>
                <th scope="col" className="py-2 pr-4">
                  {t("status")}
                </th>
                <th scope="col" className="py-2">
                  {t("commissionRole")}
                </th>
              </tr>
            </thead>
            <tbody>
              {rows.map((row) => (
                <tr key={row.id} className="border-b border-gray-200">
                  <td className="py-2 pr-4 font-mono text-sm">{row.number}</td>
                  <td className="py-2 pr-4">
                    <Link href={`/commission/${row.id}`} className="text-brand-600 underline">
                      {row.title}
                    </Link>
                  </td>
                  <td className="py-2 pr-4">{status(row.status)}</td>
                  <td className="py-2">{t(`commissionRoles.${row.role}`)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      )}
    </div>
  );
}
