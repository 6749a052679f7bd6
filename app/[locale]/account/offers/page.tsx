import { getTranslations, setRequestLocale } from "next-intl/server";
import { PageHeading } from "@/components/ui/PageHeading";
import { requirePermission } from "@/lib/auth/session";
import { getDb } from "@/lib/db/client";
import { formatDateTime, formatMoney } from "@/lib/i18n/format";
import { Link } from "@/lib/i18n/navigation";
import type { Locale } from "@/lib/i18n/routing";
import { myOffers } from "@/lib/offers/queries";
import { TableScroll } from "@/components/ui/TableScroll";

export default async function MyOffersPage({ params }: { params: Promise<{ locale: Locale }> }) {
  const { locale } = await params;
  setRequestLocale(locale);
  const principal = await requirePermission(locale, "offer.listMine", {}, "/account/offers");
  const [t, tc] = await Promise.all([getTranslations("offers"), getTranslations("competitions")]);
  const rows = await myOffers(await getDb(), principal);
  return (
    <div>
      <PageHeading title={t("myTitle")} />
      {rows.length === 0 ? (
        <p>{t("myEmpty")}</p>
      ) : (
        <TableScroll label={t("myTitle")}>
          <table className="w-full text-left">
            <thead>
              <tr className="border-b-2 border-gray-700">
                <th scope="col" className="py-2 pr-4">
                  {t("f.title")}
                </th>
                <th scope="col" className="py-2 pr-4">
                  {t("f.competition")}
                </th>
                <th scope="col" className="py-2 pr-4">
                  {t("organization")}
                </th>
                <th scope="col" className="py-2 pr-4">
                  {tc("deadline")}
                </th>
                <th scope="col" className="py-2 pr-4">
                  {t("f.requestedGrant")}
                </th>
                <th scope="col" className="py-2 pr-4">
                  {t("status")}
                </th>
                <th scope="col" className="py-2">
                  {t("checksum")}
                </th>
              </tr>
            </thead>
            <tbody>
              {rows.map((o) => (
                <tr key={o.id} className="border-b border-gray-200 align-top">
                  <td className="py-2 pr-4">
                    <Link href={o.status === "draft" ? `/offers/${o.id}/edit` : `/offers/${o.id}`} className="text-brand-700 underline">
                      {o.title || t("untitled")}
                    </Link>
                  </td>
                  <td className="py-2 pr-4">
                    <span className="font-mono text-sm">{o.competitionNumber}</span>
                    <br />
                    {o.competitionTitle}
                  </td>
                  <td className="py-2 pr-4">{o.organizationName}</td>
                  <td className="py-2 pr-4">{o.offerDeadline ? formatDateTime(o.offerDeadline, locale) : "—"}</td>
                  <td className="py-2 pr-4 whitespace-nowrap">{formatMoney(o.requestedGrantGrosze, locale)}</td>
                  <td className="py-2 pr-4">{t(`statuses.${o.status}`)}</td>
                  <td className="py-2 font-mono">{o.checksum ?? "—"}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      )}
    </div>
  );
}
