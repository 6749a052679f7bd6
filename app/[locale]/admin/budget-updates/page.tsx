import { getTranslations, setRequestLocale } from "next-intl/server";
import { PageHeading } from "@/components/ui/PageHeading";
import { requirePermission } from "@/lib/auth/session";
import { budgetUpdatesToDecide } from "@/lib/budget-updates/queries";
import { getDb } from "@/lib/db/client";
import { formatDateTime, formatMoney } from "@/lib/i18n/format";
import { Link } from "@/lib/i18n/navigation";
import type { Locale } from "@/lib/i18n/routing";
import { TableScroll } from "@/components/ui/TableScroll";

/** Updated budgets sent by organizations after a cut grant, waiting for the city's decision. */
export default async function BudgetUpdatesPage({ params }: { params: Promise<{ locale: Locale }> }) {
  const { locale } = await params;
  setRequestLocale(locale);
  const principal = await requirePermission(locale, "offer.decideBudgetUpdate", {}, "/admin/budget-updates");
  const [t, tc, rows] = await Promise.all([
    getTranslations("budgetUpdate.admin"),
    getTranslations("budgetUpdate"),
    budgetUpdatesToDecide(await getDb(), principal),
  ]);
  const th = "py-2 pr-2";
  return (
    <div>
      <PageHeading title={t("listTitle")} lead={t("listLead")} />
      {rows.length === 0 ? (
        <p>{t("none")}</p>
      ) : (
        <TableScroll label={t("listTitle")}>
          <table className="w-full border-collapse text-left text-sm">
            <caption className="sr-only">{t("listTitle")}</caption>
            <thead>
              <tr className="border-b-2 border-gray-700">
                <th scope="col" className={th}>
                  {tc("title")}
                </th>
                <th scope="col" className={`${th} text-right`}>
                  {t("requested")}
                </th>
                <th scope="col" className={`${th} text-right`}>
                  {tc("granted")}
                </th>
                <th scope="col" className={`${th} text-right`}>
                  {t("total")}
                </th>
                <th scope="col" className={th}>
                  {tc("submittedAt")}
                </th>
              </tr>
            </thead>
            <tbody>
              {rows.map((r) => (
                <tr key={r.offerId} className="border-b border-gray-200 align-top">
                  <td className={th}>
                    <Link href={`/admin/budget-updates/${r.offerId}`} className="text-brand-700 underline">
                      {r.title}
                    </Link>
                    <br />
                    {r.organizationName}, {r.competitionNumber}
                  </td>
                  <td className={`${th} text-right whitespace-nowrap`}>{formatMoney(r.requestedGrantGrosze, locale)}</td>
                  <td className={`${th} text-right whitespace-nowrap`}>{formatMoney(r.grantedGrosze ?? 0, locale)}</td>
                  <td className={`${th} text-right whitespace-nowrap`}>{formatMoney(r.totalCostGrosze, locale)}</td>
                  <td className={th}>{r.submittedAt ? formatDateTime(r.submittedAt, locale) : "—"}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      )}
    </div>
  );
}
