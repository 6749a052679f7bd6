import { getTranslations } from "next-intl/server";
import { PageHeading } from "@/components/ui/PageHeading";
import { TableScroll } from "@/components/ui/TableScroll";
import { formatDay, formatMoney } from "@/lib/i18n/format";
import { Link } from "@/lib/i18n/navigation";
import type { Locale } from "@/lib/i18n/routing";
import { lastCommentDay } from "@/lib/small-grants/calendar";
import { cachedPublicSmallGrants } from "@/lib/small-grants/cache";

/** Offers in their 7-day comment window (data from Next's cache, tag "small-grants"). */
export async function SmallGrantList({ locale }: { locale: Locale }) {
  const t = await getTranslations("smallGrants");
  const rows = await cachedPublicSmallGrants();
  const lastDay = (closeAt: string) => formatDay(lastCommentDay(new Date(closeAt)), locale);
  return (
    <div>
      <PageHeading title={t("public.title")} lead={t("public.lead")} />
      {rows.length === 0 ? (
        <p>{t("public.empty")}</p>
      ) : (
        <TableScroll label={t("public.caption")}>
          <table className="w-full text-left text-sm">
            <caption className="sr-only">{t("public.caption")}</caption>
            <thead>
              <tr className="border-b-2 border-gray-700">
                <th scope="col" className="py-2 pr-3">
                  {t("fields.title")}
                </th>
                <th scope="col" className="py-2 pr-3">
                  {t("fields.organization")}
                </th>
                <th scope="col" className="py-2 pr-3">
                  {t("fields.area")}
                </th>
                <th scope="col" className="py-2 pr-3 text-right">
                  {t("fields.grant")}
                </th>
                <th scope="col" className="py-2 pr-3">
                  {t("fields.commentsUntil")}
                </th>
                <th scope="col" className="py-2 pr-3 text-right">
                  {t("fields.comments")}
                </th>
              </tr>
            </thead>
            <tbody>
              {rows.map((r) => (
                <tr key={r.id} className="border-b border-gray-200">
                  <td className="py-2 pr-3">
                    <Link href={`/small-grants/${r.id}`} className="text-brand-600 underline">
                      {r.title}
                    </Link>
                  </td>
                  <td className="py-2 pr-3">{r.organizationName}</td>
                  <td className="py-2 pr-3">{(locale === "pl" ? r.areaPl : r.areaEn) ?? "—"}</td>
                  <td className="py-2 pr-3 text-right">{formatMoney(r.grantGrosze, locale)}</td>
                  <td className="py-2 pr-3">{r.commentsCloseAt ? t("public.until", { date: lastDay(r.commentsCloseAt) }) : "—"}</td>
                  <td className="py-2 pr-3 text-right">{r.comments}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      )}
    </div>
  );
}
